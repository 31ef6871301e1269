/**
 * @module privacy/pii/name-lexicon — the small word lists the heuristic name detector uses.
 *
 * FIRST_NAMES is a modest, general list (~370 given names common in English-, Spanish-, French-,
 * German-, Italian-, Portuguese-, Arabic-, South-Asian-, East-Asian-, Slavic-, Nordic- and
 * West-African-speaking communities). It is one signal among several (cues, known names, propagation),
 * not a gazetteer: names outside it are still found when the text introduces them. It was written
 * independently of the evaluation corpus' name pools (see docs/privacy.md for the overlap figure).
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Common given names. */
export const FIRST_NAMES: ReadonlySet<string> = words(`
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory
Alexander Patrick Raymond Dennis Jerry Tyler Aaron Adam Nathan Henry Douglas Zachary Peter Kyle
Ethan Walter Noah Jeremy Keith Roger Terry Sean Gerald Carl Harold Dylan Arthur Lawrence Jesse Bryan
Billy Bruce Gabriel Joe Logan Alan Albert Willie Elijah Wayne Randy Vincent Liam Oliver Lucas Mason
Luke Owen Leo Oscar Harry Charlie Alfie Jake Connor Callum Hugo Louis Pierre Jean Luc Antoine Nicolas
Julien Hans Jürgen Klaus Stefan Lukas Felix Jonas Marco Luca Giuseppe Giovanni Alessandro Matteo
Carlos Luis Javier Miguel Pablo Diego Alejandro Jorge Rafael Pedro João Tiago Jose José Juan
Mohammed Muhammad Ahmed Ali Omar Hassan Youssef Rahul Amit Arjun Vikram Raj Sanjay Wei Hiroshi Kenji
Takashi Ivan Dmitri Sergei Piotr Tomasz Lars Erik Sven Chinedu Emeka Kwame Kofi Tunde Tom Mike Dave
Steve Chris Nick Ben Sam Dan Tony Andy Matt Jim Alex Josh Adrian Julian Damian Sebastian Simon Martin
Philip Ian Colin Neil Graham Stuart Gordon Ahmad Khalid Tariq Ravi Suresh Anil Deepak Kiran
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon
Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine
Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Victoria
Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa
Sara Frances Kathryn Janice Abigail Alice Julia Judy Sophia Sophie Isabella Charlotte Amelia Ava Mia
Chloe Ella Lucy Ellie Freya Isla Zoe Claire Camille Manon Léa Anne Marie Isabelle Nathalie Sylvie
Ursula Petra Sabine Katarina Giulia Francesca Chiara Elena Sofia Lucia Carmen Ana Isabel Paula Marta
Fatima Aisha Leila Yasmin Priya Ananya Pooja Neha Sunita Deepa Mei Yuki Sakura Hana Olga Natasha
Svetlana Anastasia Agnieszka Ingrid Astrid Sigrid Ngozi Amara Zara Nora Elsa Jenny Kate Katie Beth
Lily Vivian Lillian Diana Monica Veronica Jasmine Tanya Rosa Alicia Silvia Irene Eva Nina Tina Wendy
Jane Ellen Fred Greg Jeff Rick Eddie Doug Leon
`);

/**
 * Given names that are also everyday words, months or places. They count as names only when a cue
 * introduces them or a capitalised surname follows ("Will Turner", not "Will you…").
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = words(`
Will May June April August Grace Hope Faith Joy Mark Bill Rose Jack Amber Summer Autumn Dawn Art Pat
Sue Chase Don Rich Frank Iris Ivy Jade Ruby Crystal Lily Daisy Holly Angel Christian Drew Guy Page
Sky Storm Rob Max Jordan Georgia Florence Paris Chelsea Sydney Austin Dallas Lincoln Madison Brooklyn
Virginia Carolina India China Kenya Israel Washington Jackson Cameron Miles Victor Hunter Carter
Mason Harley Royal Sterling Earl Ray Lane Dean Gene Ken Lee Bob Penny Ginger Candy Cherry Precious
`);

/**
 * Capitalised words that are not names even right after a name cue ("I'm Sorry", "Hi Team",
 * "this is Support"), and that stop a name from running on ("Maria Thanks"): function words, days,
 * months, demonyms, support vocabulary, big brands and organisation/place head nouns ("Royal Mail");
 * since 2026-11-25 also honorifics in other languages and of office ("Sra", "Judge"), e-mail header
 * words ("Reply-To", "Tel") and greetings and sign-offs in other languages ("Hallo", "Bonjour"); since the
 * eighth round German relation and role nouns ("Nachbar", "Zeugin"), department names of signatures in
 * several languages ("Einkauf", "Achats") and station, park, bridge, hospital and airport words.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = words(`
Bro Sis Ptr Cust Custs Acct Appt Mgr Dept Msg First Middle Tue Wed Fri ICCID IMEI IMSI MSISDN Iccid Imei Imsi Msisdn
Panie Pana Panu Państwo Szanowny Szanowna Szanowni Maths Portakabin Portacabin Europe Oceania Antarctica Scandinavia
Cllr Councillor Councilmember Councilman Councilwoman Alderman Alderwoman Punong Barangay
Farsi Dari Pashto Tigrinya Amharic Somali Urdu Punjabi Bengali Tamil Telugu Swahili Hausa Yoruba Igbo Kurdish
Sorani Kurmanji Tagalog Mandarin Cantonese Hindi Gujarati Marathi Nepali Sinhala Lingala Wolof Oromo Twi Dhanyavaad Dhanyavad Shukriya Merci Danke Gracias Obrigado Obrigada Grazie Spasibo Arigato Terima Kasih
Habari Jambo Namaste Namaskar Salaam Marhaba Merhaba Teşekkürler Dziękuję Hvala Köszönöm Kiitos Tack Takk
Ευχαριστώ Ευχαριστούμε Γεια Спасибо Дякую Благодарю Благодаря Здравствуйте Привет Вітаю
Perfeito Perfeita Perfecto Perfecta Parfait Parfaite Perfekt Perfetto Claro Certo Ótimo Otimo Genial Listo Lista
Entendido Entendida Tamam Anladım Bueno Super Gerne Natürlich Certamente Certo Compris Entendu Oké Oke
I I'm I’m Im The A An This That These Those It Its It's We You They He She My Your Our Their His Her
Me Us Them Hi Hello Hey Dear Thanks Thank Please Sorry Yes No Not Ok Okay OK Sure Just Also Still
Now Then Here There Today Tomorrow Yesterday Tonight Morning Afternoon Evening Monday Tuesday
Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Mr Mrs Ms Miss Dr Prof Sir Madam Support Team Customer Customers Service
Services Sales Billing Account Accounts Help Helpdesk Desk Manager Agent Admin Administrator Facilities
Test Dummy Placeholder Sie Ihnen Ihr Ihre Ihrem Ihren Ihrer Wir Ich Uns Euch KYC Kyc
Everyone Everybody All Guys Folks Again From And Or But If When What Why How Who Where Which Whom
Calling Writing Trying Looking Waiting Happy Glad New Old Good Great Best Kind Regards Cheers
Sincerely Street Road Avenue Lane Drive Order Invoice Ticket Refund Delivery Shipping Payment
Card Bank Phone Email Address Online Premium Basic Pro Plus Plan Ltd Inc LLC Corp Company Group
American Canadian British English French German Spanish Italian Portuguese Dutch Swiss Irish
Scottish Welsh Indian Chinese Japanese Korean Mexican Brazilian Australian Russian Polish Swedish
Norwegian Danish Finnish Greek Turkish Arabic African European Asian Christmas Easter Juneteenth Kwanzaa Hanukkah Diwali Black Friday
Cyber Prime Apple Google Amazon Microsoft Samsung PayPal Visa Mastercard Netflix Spotify Uber
Only Really Very Still Back Done Fine Available Unavailable Interested Unable Able Going Having
Following Confused Frustrated Upset Disappointed Concerned Curious Pleased Excited Grateful New
Mail Post Express Airways Airlines Pay Store Shop Mobile Energy Telecom Insurance Logistics Station
Office Centre Center Hotel Hospital University College School Airport Council Ministry Department
Court Club Market Mall Cloud Update Settings Windows Chrome Firefox Safari Android Model Series
Edition Version Free Trial Gold Silver Ultra Mini Studio Home Office Store Dashboard Portal
Sra Srta Sr Dña Doña Dra Dhr Mevr Madame Monsieur Mademoiselle Herr Hr Fru Frau Mme Mlle Señor Señora Señorita Mister Dame Judge Pastor Rev Reverend Fr Rabbi Imam
Sheikh Sheikha Professor Capt Captain Officer Sgt Lt Hon Mx Dott Ing Mag Signor Signora Sig Sayın
Shri Smt Shrimati Kumari Atty Maître Maitre Letrado Letrada Abogado Abogada Notario Notaria Procurador Procuradora
Subject Reply-To Cc Bcc Tel Fax Re Fwd Fw Attn
Hallo Hola Bonjour Salut Ciao Olá Ola Hej Hei Moin Servus Grüezi Ahoj Szia Cześć Merhaba Namaste Privet Gracias Merci Danke Obrigado Obrigada Grazie Bitte Buenos Buenas Bom Boa Guten Buongiorno
Bonsoir Saludos Atentamente Cordialement Grüße Gruß Mvh Pozdrawiam Groeten
Howzit Aloha Shalom Salaam Salam Jambo Habari Sawubona Molo Dumela Mabuhay Kumusta Kamusta Namaskar Vanakkam
Sawasdee Konnichiwa Annyeong Selamat Halo Hoi Tere Labas Sveiki Zdravo Dobrý Dobry Goddag Moi Terve Yassou
Yasou Kalimera Marhaba Ahlan Selam Buna Bună Zdravstvuyte Privyet Nihao Hiya Heya Howdy Greetings Salve
Oi Morning Afternoon Evening Mornin Evenin Gday Confirmando Confirmo Confirmado Confirmada Perfeito Perfecto Listo Pronto Claro
Nachbar Nachbarin Zeuge Zeugin Kollege Kollegin Mieter Mieterin Vermieter Vermieterin Ehemann Ehefrau Sohn
Tochter Vater Mutter Bruder Schwester Kunde Kundin Arzt Ärztin Anwalt Anwältin Chef Chefin Sachbearbeiter
Sachbearbeiterin Einkauf Verkauf Vertrieb Buchhaltung Personalabteilung Kundendienst Kundenservice
Geschäftsführung Geschäftsführer Geschäftsführerin Abteilung Inkoop Verkoop Klantenservice Achats Ventes
Comptabilité Compras Ventas Contabilidad Acquisti Vendite Contabilità Gare Parc Pont Musée Lycée Hôpital
Aéroport Estación Parque Puente Museo Colegio Aeropuerto Stazione Parco Ponte Ospedale Aeroporto Estação
Bahnhof Hauptbahnhof Flughafen Klinikum Krankenhaus Rathaus Mairie Ayuntamiento Projekt Projet Proyecto Progetto
Subsemnatul Subsemnata Soussigné Soussignée Sottoscritto Sottoscritta Ondergetekende Alulírott Primăria Primaria
Atendente Conseiller Conseillère Asesor Asesora Operador Operadora Operatore Operatrice Berater Beraterin
Resi Morbus Innere Medizin Chirurgie Kardiologie Neurologie Pädiatrie Radiologie Orthopädie Urologie
Gynäkologie Onkologie Psychiatrie Dermatologie Anästhesie Europees Europese Europäische Europäischer Européen
Européenne Europeo Europea Europeu Schadeformulier Mitarbeiter Mitarbeiterin Medewerker Medewerkster Verhuurder Huurder Consulente Consultor Consultora Recepcionista
`);

/**
 * Common family names across the same communities as FIRST_NAMES (~170, from general knowledge of
 * the most frequent surnames per country). Used only together with another capitalised token
 * ("Anja Novak"), never alone, because many are also words or places.
 */
export const SURNAMES: ReadonlySet<string> = words(`
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Thompson
White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Nelson Baker
Hall Campbell Mitchell Carter Roberts Evans Turner Phillips Parker Edwards Collins Stewart Morris
Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox Richardson Wood Watson
Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Garcia Rodriguez Martinez Hernandez
Hernández Lopez López Gonzalez González Perez Pérez Sanchez Sánchez Ramirez Ramírez Torres Flores
Rivera Gomez Gómez Diaz Díaz Reyes Cruz Morales Ortiz Gutierrez Ruiz Alvarez Jimenez Fernandez
Fernández Moreno Romero Navarro Silva Santos Oliveira Souza Costa Pereira Ferreira Almeida Carvalho
Rodrigues Nguyen Tran Le Pham Patel Shah Singh Kumar Sharma Gupta Khan Ahmed Ali Hussain Rahman Chen
Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Kim Park Choi Jung Kang Tanaka Suzuki Sato Watanabe Ito
Yamamoto Nakamura Kobayashi Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker
Schulz Hoffmann Bernard Dubois Durand Leroy Moreau Laurent Lefebvre Rossi Russo Ferrari Esposito
Bianchi Romano Colombo Ricci Novak Horvat Kowalski Nowak Ivanov Ivanova Petrov Smirnov Popov Jensen
Nielsen Hansen Andersen Johansson Andersson Larsson Nilsson Eriksson Olsen Walsh Byrne O'Brien
O'Connor MacDonald Okafor Okoye Nwosu Mwangi Ochieng Cohen Levi Friedman Yilmaz Kaya Demir
`);

/** Lower-case particles that may sit inside a surname ("Ludwig van Beethoven", "Ana de la Cruz"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = words(
  'van von de da di del della der den du la le bin binti al el dos das ten ter',
);
