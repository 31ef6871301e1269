/**
 * @module privacy/pii/role-words — the roles that label turns of chats and transcripts instead of a
 * speaker's name ("User:", "Assistente:", "상담원:", "المساعد:", "Trợ lý:"), in the languages the other
 * rules read, and the names of AI assistants and bots ("Claude:", "Aria (virtual agent):"). A label
 * that is a role is evidence of a dialogue, never a person. Written from general knowledge of how chat
 * exports and support tools label turns (ADR 0011, twelfth round).
 */

/** Role labels, lower-case, one or two words. */
export const WORLD_ROLE_WORDS: ReadonlySet<string> = new Set(
  [
    // English and the words support tools print.
    'user', 'assistant', 'ai', 'ai assistant', 'bot', 'chatbot', 'virtual agent', 'virtual assistant', 'system', 'agent',
    'customer', 'client', 'operator', 'support', 'model', 'human', 'you', 'me', 'caller', 'tool', 'function',
    // Romance, Germanic, Slavic, Baltic, Finno-Ugric, Turkish.
    'assistente', 'assistent', 'asistente', 'asistent', 'asystent', 'assistentti', 'asistan', 'asisten', 'assistant virtuel',
    'utilisateur', 'utilisatrice', 'usuario', 'usuaria', 'usuário', 'utente', 'benutzer', 'benutzerin', 'nutzer', 'gebruiker',
    'użytkownik', 'uživatel', 'používateľ', 'felhasználó', 'käyttäjä', 'kullanıcı', 'utilizator', 'korisnik', 'χρήστης',
    'cliente', 'kunde', 'kundin', 'klant', 'klient', 'klientka', 'müşteri', 'asiakas', 'ügyfél', 'πελάτης',
    'operador', 'operadora', 'operatore', 'opérateur', 'opérateur', 'bediener', 'agente', 'conseiller', 'conseillère',
    'atendente', 'consultor', 'consultora', 'mitarbeiter', 'medewerker', 'konsultant', 'konsultantka', 'temsilci',
    'пользователь', 'ассистент', 'помощник', 'клиент', 'оператор', 'користувач', 'асистент', 'помічник', 'бот',
    // Indonesian/Malay, Filipino, Vietnamese, Swahili.
    'pengguna', 'pelanggan', 'petugas', 'pembeli', 'penjual', 'gumagamit', 'kustomer', 'ahente',
    'trợ lý', 'người dùng', 'khách hàng', 'nhân viên', 'tổng đài viên', 'msaidizi', 'mteja', 'wakala', 'mtumiaji',
    // Arabic, Hebrew, Persian, Urdu, Hindi, Bengali, Thai.
    'المساعد', 'المستخدم', 'العميل', 'العميلة', 'الموظف', 'الوكيل', 'الدعم', 'مساعد', 'مستخدم', 'عميل',
    'עוזר', 'משתמש', 'לקוח', 'נציג', 'נציגה', 'دستیار', 'کاربر', 'مشتری', 'صارف', 'معاون',
    'उपयोगकर्ता', 'सहायक', 'ग्राहक', 'एजेंट', 'ব্যবহারকারী', 'সহকারী', 'গ্রাহক', 'ผู้ใช้', 'ผู้ช่วย', 'ลูกค้า', 'เจ้าหน้าที่',
    // Chinese, Japanese, Korean.
    '用户', '用戶', '助手', '助理', '客服', '客户', '客戶', '顾客', '顧客', '系统', '機器人', '机器人',
    'ユーザー', 'アシスタント', 'オペレーター', 'お客様', 'サポート', '担当者',
    '사용자', '상담원', '상담사', '고객', '어시스턴트', '챗봇', '직원',
    // The customer as a travel, telecom or health service calls them.
    'passenger', 'subscriber', 'guest', 'member', 'patient', 'caller', 'buyer', 'seller', 'driver', 'rider',
    // Web-chat widgets, help desks and other services' turn labels.
    'visitor', 'website visitor', 'host', 'moderator', 'representative', 'rep', 'advisor', 'adviser', 'specialist', 'helpdesk',
    'service desk', 'staff', 'officer', 'clerk', 'applicant', 'candidate', 'recruiter', 'interviewer', 'tenant', 'landlord',
    'student', 'parent', 'teacher', 'ciudadano', 'ciudadana', 'cidadão', 'cidadã', 'citoyen', 'citoyenne', 'usager',
    'bürger', 'bürgerin', 'burger', 'cittadino', 'cittadina', 'citizen', 'resident', 'bursar', 'registrar', 'admissions',
    'candidato', 'candidata', 'candidat', 'candidate', 'kandidat', 'kandidatin', 'bewerber', 'bewerberin', 'solicitante',
    'aspirante', 'estudiante', 'aluno', 'aluna', 'étudiant', 'étudiante', 'studente', 'studentessa', 'worker', 'pro',
    'technician', 'tech', 'cleaner', 'handyman',
    'counsellor', 'counselor', 'caseworker', 'preparer', 'tax preparer', 'remitter', 'sender', 'receiver', 'librarian', 'tutor', 'principal', 'dean', 'besucher', 'besucherin', 'visiteur', 'visiteuse', 'visitante', 'bezoeker', 'visitatore',
    // Parties of legal papers and contracts.
    'defendant', 'plaintiff', 'claimant', 'respondent', 'petitioner', 'appellant', 'witness', 'beneficiary', 'guarantor',
    'employer', 'employee', 'lessor', 'lessee', 'buyer', 'vendor', 'purchaser',
    'yolcu', 'abone', 'misafir', 'hasta', 'pasajero', 'pasajera', 'passageiro', 'passageira', 'passager', 'passagère',
    'passagier', 'fahrgast', 'abonnent', 'abonné', 'abonnée', 'abonado', 'abonada', 'assinante', 'paciente', 'patient',
    'абонент', 'пассажир', 'пациент', 'гость', 'покупатель', 'продавец', 'водитель', 'курьер',
    // Delivery and ride-hailing: couriers, drivers, dispatch, the restaurant or store on the other end.
    'courier', 'dispatch', 'dispatcher', 'restaurant', 'merchant', 'store', 'kitchen', 'unit', 'kurier', 'kurierin',
    'fahrer', 'fahrerin', 'repartidor', 'repartidora', 'livreur', 'livreuse', 'entregador', 'entregadora', 'fattorino',
    'bezorger', 'kurye', 'sürücü', '配達員', '運転手', 'ドライバー', '기사', '기사님', '배달원', '라이더', '骑手', '司机', '外卖员',
  ].map((w) => w.toLowerCase()),
);

/** Names of AI assistants and voice bots that label an assistant's turns ("**Claude:**", "Alexa:"). */
export const ASSISTANT_NAMES: ReadonlySet<string> = new Set(
  ['claude', 'chatgpt', 'gpt', 'gpt-4', 'gpt-4o', 'gemini', 'copilot', 'alexa', 'siri', 'cortana', 'bard', 'llama', 'mistral'],
);

/** A role in parentheses after a label that makes its speaker a bot ("Aria (virtual agent):", "Max (bot):"). */
export const BOT_ROLE = /\b(?:virtual|bot|chatbot|ai|automated|auto|assistant)\b/i;

/** True when a speaker label is a role or an AI assistant, not a person. */
export function isRoleLabel(label: string): boolean {
  const l = label.trim().toLowerCase();
  return WORLD_ROLE_WORDS.has(l) || ASSISTANT_NAMES.has(l);
}
