/**
 * @module privacy/pii/common-words-world — everyday words of many languages that are written capitalised
 * in real text, written from general knowledge on 2026-11-26 (not from any evaluation corpus).
 *
 * Why: the person-name detector reads two capitalised words that are not English words as a probable
 * name ("Dagny Iwasaki"). German capitalises every noun ("Wartung Heizungsanlage", "Kaution Wohnung",
 * "Vertrags Nr") and headings in other languages capitalise their first words ("Conferma prenotazione",
 * "Atendimento", "Kính gửi Phòng Nhân sự"), so these words must not count as name material.
 *
 * Contents: for German the most frequent nouns (with genitive -s/-es and plural forms, the compounds of
 * forms, letters, invoices, bank statements and bookings, and abbreviations written as words: Nr, Str,
 * Whg, Tel, Abs, Betr, Pos); for the other languages the nouns that head titles, forms, invoices,
 * letters, notices, bookings, bank statements, medical, legal, HR and school papers and support chats,
 * plus form-field and heading words, months, weekdays, salutations and common sentence-starting words.
 * Languages and list sizes (distinct words as written, before folds and left-out words):
 * de 2925, nl 1091, fr 747, es 677, it 665, pt 660, ca 665, pl 385, cs 357, ro 385, hu 362, tr 332,
 * sv 296, no 310, da 307, fi 311, id 309, vi 269, tl 239.
 *
 * Entries are lower case; every entry with diacritics or a special letter is also added in its plain
 * ASCII fold ("Straße" → "strasse", "địa" → "dia") by the shared builder, less the left-out words below.
 * Words that are also common given names or family names in some culture are left out on purpose
 * (German Koch, Bauer, Fischer, Winter; Romance Rosa, Luz, Santos, Costa; Vietnamese name syllables such
 * as Thanh, Minh, Văn, Thị); the wiring also subtracts every word of the repo's name lists.
 */

import { nameListSet, words } from './name-list-set.js';

/*
 * Left out, also when they arise as an ASCII fold ("tháng" → "thang", "março" → "marco"): given names
 * and family names that a word of some list spells or folds to. Vietnamese folds collide with name
 * syllables very often, so most of them are listed here.
 */
const LEFT_OUT: ReadonlySet<string> = new Set(
  words(`koch bauer fischer schneider müller wolf vogel fuchs wagner becker meyer meier richter kaiser hahn engel
  winter sommer frank ernst könig graf stein busch horn jäger schuster schreiber kaufmann zimmermann lehrer
  mann keller bürger rosa pilar dolores consuelo amparo rocío luz paz santos cruz ventura fortuna bianco
  rossi costa serra monte leal blanc roux marchand boulanger lefèvre chevalier petit smit visser bakker
  mulder boer yılmaz kaya demir çelik doğan aslan kılıç aydın kowal nowak nagy kovács szabó tóth kiss nguyễn
  trần lê phạm hoàng minh anh hà lan hương dũng hùng thanh xuân châu huy quốc đức văn thị dias frances ola
  saida marco marc rao dan tara sora marti jo ido kerem adi maas esi kara kok paiva hoa tien tong luong vu
  ho dang ba chi chao cao duong phuong quan huyen dong tu chu nhan toan phong tam chua hong tri lam su
  truong bo phan dung vi toa chung uy loi bao chong vo dai chan doan dat le hanh cai tuan thang thu nam
  giang ke luan mo bai lai khan nghi diem quyen tuyen chuong canh cam cung long tom sang hang tai cong ngan
  don so de an ong dinh gia lien van du he son ban dam di dia gun isa lon mae mat may rio rut san ta tia tio
  ung y zak irma`),
);

/** Common capitalised words by language (the grouping is only for maintenance; one set is exported). */
const GROUPS: readonly string[] = [
  // German: nouns with genitive and plural forms, compounds of forms and letters, abbreviations
  `tierarztpraxis arztpraxis zahnarztpraxis mathearbeit klassenarbeit
  rechnung rechnungen rechnungsnummer rechnungsbetrag rechnungsdatum rechnungsadresse rechnungsempfänger
  rechnungsstellung kunde kunden kundin kundinnen kundennummer kundenkonto kundendienst kundenservice
  kundenbetreuung kundendaten kundenportal vertrag verträge vertrags vertrages vertragsnummer vertragsbeginn
  vertragsende vertragslaufzeit vertragspartner vertragsdaten vertragsänderung vertragsbedingungen nr str
  whg tel abs betr pos fax mob hr az ust usw evtl ggf bzw inkl zzgl ca gez vgl anl hnr plz bzgl geb gesch
  mwst nrn tsd mrd nummer nummern rufnummer rufnummern mitnahme wechsel portierung techniker technikerin anrede vorname vornamen nachname nachnamen name namen geburtsname
  geburtsdatum geburtsort geburtstag geburt staatsangehörigkeit nationalität familienstand geschlecht
  anschrift adresse adressen straße strasse straßen hausnummer postleitzahl ort wohnort land bundesland
  landkreis gemeinde stadt stadtteil bezirk postfach telefon telefonnummer handy handynummer mobilnummer
  mobil faxnummer email mail postanschrift kontakt kontakte kontaktdaten kontaktperson ansprechpartner
  ansprechpartnerin datum unterschrift unterschriften stempel anlage anlagen beilage beilagen betreff bezug
  zeichen aktenzeichen geschäftszeichen unser ihr ihre seite seiten blatt formular formulare antrag anträge
  antrags antragsteller antragstellerin antragsformular antragsdatum bescheid bescheide bescheinigung
  bescheinigungen konto konten kontonummer kontoinhaber kontoinhaberin kontostand kontoauszug kontoauszüge
  kontoführung kontoführungsgebühr girokonto sparkonto tagesgeld festgeld depot bank banken bankverbindung
  bankleitzahl iban bic überweisung überweisungen lastschrift lastschriften einzug abbuchung dauerauftrag
  gutschrift gutschriften buchung buchungen buchungstag buchungsdatum buchungstext wertstellung valuta
  verwendungszweck auftraggeber auftraggeberin empfänger empfängerin zahlungsempfänger zahler
  mandatsreferenz gläubiger gläubigerin schuldner schuldnerin sepa referenz zahlung zahlungen zahlungsart
  zahlungsziel zahlungsbedingungen zahlungseingang zahlungserinnerung mahnung mahnungen mahngebühr frist
  fristen fälligkeit fälligkeitsdatum betrag beträge betrages gesamtbetrag endbetrag nettobetrag
  bruttobetrag summe summen zwischensumme gesamtsumme gesamt netto brutto steuer steuern mehrwertsteuer
  umsatzsteuer einkommensteuer lohnsteuer kirchensteuer steuernummer steuererklärung steuerbescheid
  steuerberater steuerberaterin finanzamt identifikationsnummer rentenversicherung sozialversicherung
  sozialversicherungsnummer krankenversicherung pflegeversicherung arbeitslosenversicherung preis preise
  preises stückpreis einzelpreis gesamtpreis menge mengen einheit einheiten stück artikel artikelnummer
  bestellung bestellungen bestellnummer bestelldatum lieferung lieferungen lieferadresse lieferdatum
  lieferschein versand versandkosten angebot angebote angebots kostenvoranschlag auftrag aufträge auftrags
  auftragsnummer auftragsbestätigung bestätigung bestätigungen quittung beleg belege belegnummer kassenbon
  kasse rabatt skonto gebühr gebühren kosten nebenkosten betriebskosten heizkosten stromkosten abrechnung
  abrechnungen nebenkostenabrechnung jahresabrechnung heizkostenabrechnung abschlag abschläge
  abschlagszahlung nachzahlung rückzahlung erstattung miete mieten mietvertrag mietverträge mieter mieterin
  mieters vermieter vermieterin vermieters kaltmiete warmmiete mietzins mieterhöhung mietbeginn mietende
  mietsache kaution kautionen wohnung wohnungen wohnfläche zimmern küche bad badezimmer toilette flur balkon
  dachboden garage stellplatz treppenhaus haus hauses gebäude gebäudes grundstück eigentum eigentümer
  eigentümerin eigentümergemeinschaft hausverwaltung verwaltung hausordnung hausmeister hausmeisterin
  heizung heizungsanlage heizungen warmwasser wasser gas energie zähler zählerstand zählernummer ablesung
  stromzähler wasserzähler gaszähler müll müllabfuhr abfall entsorgung reinigung treppenreinigung
  gartenpflege wartung wartungen reparatur reparaturen instandhaltung instandsetzung schaden schäden
  schadens schadensmeldung mangel mängel mängelanzeige störung störungen defekt ausfall notdienst handwerker
  termin termine termins terminvereinbarung terminbestätigung kündigung kündigungen kündigungsfrist
  kündigungsbestätigung kündigungsschreiben auszug umzug übergabe übergabeprotokoll wohnungsübergabe
  schlüssel schlüsselübergabe protokoll protokolle versicherung versicherungen versicherungsnummer
  versicherungsschein versicherungsnehmer versicherte versicherter police policennummer haftpflicht
  haftpflichtversicherung hausratversicherung kfz fahrzeug fahrzeuge kennzeichen fahrzeughalter führerschein
  zulassung schadensfall schadennummer selbstbeteiligung beitrag beiträge beitragsnummer mitglied mitglieder
  mitgliedsnummer mitgliedschaft mitgliedsbeitrag verein vereins satzung vorstand vorsitzende vorsitzender
  arbeit arbeiten arbeitsvertrag arbeitgeber arbeitgeberin arbeitnehmer arbeitnehmerin arbeitszeit
  arbeitszeiten arbeitsplatz arbeitsort arbeitstag arbeitstage arbeitsunfähigkeit
  arbeitsunfähigkeitsbescheinigung arbeitsamt arbeitsagentur stelle stellen stellenangebot stellenanzeige
  stellenbeschreibung bewerbung bewerbungen bewerber bewerberin lebenslauf anschreiben zeugnis zeugnisse
  arbeitszeugnis vorstellungsgespräch gespräch gespräche einstellung probezeit gehalt gehälter gehalts lohn
  löhne lohnabrechnung gehaltsabrechnung entgelt entgeltabrechnung vergütung bruttogehalt nettogehalt
  auszahlung zulage zulagen prämie prämien bonus überstunden urlaub urlaubs urlaubstage urlaubsantrag
  resturlaub krankmeldung krankheit personal personalabteilung personalnummer personalakte personalausweis
  ausweis ausweisnummer reisepass pass passnummer aufenthaltstitel aufenthaltserlaubnis visum
  meldebescheinigung anmeldung abmeldung ummeldung einwohnermeldeamt bürgeramt mitarbeiter mitarbeiterin
  mitarbeiterinnen mitarbeitende kollege kollegen kollegin kolleginnen chef chefin leiter leiterin leitung
  abteilung abteilungen abteilungsleiter abteilungsleiterin geschäftsführer geschäftsführerin
  geschäftsführung geschäftsleitung team teams gruppe gruppen projekt projekte projekts projektleiter
  projektleiterin projektleitung besprechung besprechungen sitzung sitzungen meeting agenda tagesordnung
  softwareentwickler softwareentwicklerin entwickler entwicklerin personalreferent personalreferentin
  sachbearbeiter sachbearbeiterin buchhalter buchhalterin werkstudent werkstudentin teamleiter teamleiterin
  vertriebsleiter vertriebsleiterin schlafzimmer wohnzimmer badezimmer kinderzimmer arbeitszimmer küche
  keller dachboden flur balkon
  tagesordnungspunkt top protokollführer teilnehmer teilnehmerin teilnehmende firma firmen unternehmen
  unternehmens betrieb betriebe betriebs gesellschaft gmbh ag kg ohg ug ev niederlassung standort standorte
  zentrale filiale filialen hauptsitz sitz handelsregister registergericht amtsgericht landgericht gericht
  gerichts recht rechte rechts gesetz gesetze gesetzes paragraph paragraf absatz satz ziffer abschnitt
  kapitel verordnung richtlinie richtlinien vorschrift vorschriften bestimmung bestimmungen regelung
  regelungen vereinbarung vereinbarungen anwalt anwältin anwalts rechtsanwalt rechtsanwältin rechtsanwälte
  kanzlei notar notarin notariat mandant mandantin mandanten klage klagen kläger klägerin beklagte beklagter
  beklagten verfahren verfahrens urteil urteile beschluss beschlüsse widerspruch widersprüche einspruch
  einsprüche beschwerde beschwerden anzeige anzeigen strafanzeige polizei polizeirevier vollmacht
  vollmachten erklärung erklärungen einverständniserklärung einwilligung datenschutz datenschutzerklärung
  haftung gewährleistung garantie garantien reklamation reklamationen rücksendung rückgabe umtausch widerruf
  widerrufsrecht widerrufsbelehrung agb hinweis hinweise hinweisen information informationen info infos
  mitteilung mitteilungen benachrichtigung schreiben brief briefe briefes anfrage anfragen antwort antworten
  rückmeldung rückfrage rückfragen nachricht nachrichten erinnerung erinnerungen einladung einladungen
  absage zusage bitte dank danke gruß grüße grüßen sehr geehrte geehrter geehrten liebe lieber lieben hallo
  guten tag morgen abend freundlichen freundliche mit besten herzliche herzlichen viele vielen beste herr
  herrn frau frauen damen herren familie familien eheleute ehepaar ehe ehemann ehefrau ehegatte ehegattin
  partner partnerin lebenspartner lebenspartnerin kind kinder kindes kindern söhne tochter töchter vater
  väter mutter mütter eltern elternteil bruder brüder schwester schwestern großeltern großmutter großvater
  oma opa onkel tante neffe nichte enkel enkelin cousine baby säugling jugendliche jugendlicher erwachsene
  erwachsener person personen leute mensch menschen einwohner einwohnerin nachbar nachbarn nachbarin gäste
  besucher besucherin schule schulen schülerin schülerinnen klasse klassen klassenlehrer klassenlehrerin
  lehrerin lehrkraft schulleitung schulleiter schulleiterin unterricht unterrichts stunde stunden
  stundenplan fach fächer note noten zeugnisnote elternbrief elternabend elternbeirat elternvertreter
  ausflug klassenfahrt ferien schuljahr halbjahr hausaufgaben prüfung prüfungen klausur klausuren test tests
  aufgabe aufgaben anmeldeformular entschuldigung befreiung kindergarten kitas krippe hort betreuung
  betreuungsvertrag erzieher erzieherin kinderbetreuung universität hochschule studium studiengang student
  studentin studenten studierende semester vorlesung vorlesungen seminar seminare matrikelnummer
  immatrikulation exmatrikulation bafög stipendium professor professorin dozent dozentin ausbildung
  ausbildungen ausbildungsvertrag auszubildende auszubildender azubi praktikum praktikant praktikantin
  weiterbildung fortbildung kurs kurse kurses schulung schulungen zertifikat zertifikate abschluss
  abschlüsse diplom arzt ärzte ärztin ärztinnen hausarzt hausärztin facharzt fachärztin zahnarzt zahnärztin
  tierarzt tierärztin praxis arztpraxis klinik kliniken krankenhaus krankenhäuser krankenhauses station
  notaufnahme ambulanz patient patientin patienten patientinnen krankenkasse krankenkassen
  versichertennummer versichertenkarte gesundheitskarte überweisungsschein rezept rezepte privatrezept
  medikament medikamente arzneimittel tablette tabletten dosis dosierung diagnose diagnosen befund befunde
  behandlung behandlungen therapie therapien untersuchung untersuchungen blutbild blutdruck blutwerte labor
  laborwerte röntgen ultraschall operation operationen narkose impfung impfungen impfpass impfausweis
  schmerzen schmerz symptome symptom fieber husten allergie allergien unverträglichkeit vorerkrankungen
  anamnese arztbrief entlassung entlassungsbericht aufnahme einweisung krankschreibung attest gutachten
  pflege pflegedienst pflegegrad pflegeheim pflegekraft krankenschwester krankenpfleger pflegerin hebamme
  apotheke apotheken apotheker apothekerin physiotherapie physiotherapeut physiotherapeutin ergotherapie
  psychotherapie heilpraktiker gesundheit gesundheits körper kopf blut haut auge augen ohr ohren zähne
  rücken bauch bein beine arm arme knie schulter fuß füße hand finger reise reisen reisende reiseziel
  reisedatum reiseunterlagen reisebüro reiseveranstalter urlaubsreise pauschalreise flug flüge flugs
  flughafen flugnummer abflug ankunft boarding bordkarte gepäck handgepäck koffer buchungsnummer
  buchungsbestätigung reservierung reservierungen reservierungsnummer anreise abreise anreisetag abreisetag
  aufenthalt übernachtung übernachtungen nacht nächte hotel hotels pension ferienwohnung unterkunft
  unterkünfte zimmernummer einzelzimmer doppelzimmer frühstück halbpension vollpension rezeption empfang
  check stornierung storno stornogebühr stornobedingungen umbuchung verpflegung zuschlag kurtaxe ortstaxe
  bahn bahnhof hauptbahnhof zug züge fahrkarte fahrkarten ticket tickets fahrschein fahrplan gleis abfahrt
  verspätung anschluss bus busse haltestelle bahnsteig wagen sitzplatz platz plätze reisezentrum auto autos
  pkw lkw motorrad fahrrad taxi mietwagen parkplatz parkhaus tankstelle werkstatt inspektion tüv
  hauptuntersuchung reifen ölwechsel unfall unfallbericht unfallort städte dorf dörfer innenstadt zentrum
  altstadt hauptstraße bahnhofstraße marktplatz kirche kirchen rathaus schloss museum museen theater kino
  parks garten gärten friedhof weg gasse allee ring ufer brücke ecke kreuzung ampel tunnel autobahn
  bundesstraße landstraße geschäft geschäfte laden läden supermarkt markt bäckerei metzgerei drogerie
  buchhandlung kaufhaus einkaufszentrum restaurant restaurants gaststätte café kneipe bar imbiss kantine
  mensa essen getränke getränk speisekarte menü gerichte vorspeise hauptgericht nachspeise dessert suppe
  salat brot brötchen kuchen kaffee tee bier milch käse wurst fleisch obst gemüse kartoffeln nudeln ei eier
  salz butter mittagessen abendessen trinkgeld tische stuhl stühle service support hilfe hotline helpdesk
  ticketnummer anliegen problem probleme problems lösung lösungen fehler fehlermeldung frage fragen
  anleitung bedienungsanleitung handbuch einstellungen konfiguration installation passwort kennwort
  benutzername benutzer benutzerin nutzer nutzerin nutzername anmeldedaten zugangsdaten zugang login
  registrierung sicherheit sicherheitscode bestätigungscode code pin computer rechner laptop drucker
  bildschirm tastatur maus telefonanlage netzwerk internet router verbindung server datei dateien ordner
  dokument dokumente dokuments unterlagen daten programm software app anwendung version update
  aktualisierung gerät geräte geräts kabel akku batterie ladegerät smartphone tablet fernseher waschmaschine
  spülmaschine kühlschrank herd backofen trockner staubsauger zeit zeiten zeitraum uhr uhrzeit tages tagen
  woche wochen monat monate monats jahr jahre jahres jahren minute minuten sekunde sekunden moment
  augenblick zukunft vergangenheit gegenwart montag dienstag mittwoch donnerstag freitag samstag sonntag
  sonnabend wochenende feiertag feiertage werktag werktage vormittag nachmittag mitternacht januar februar
  märz juni juli september oktober november dezember jänner feber frühjahr jahreszeit weihnachten ostern
  pfingsten neujahr jubiläum hochzeit taufe beerdigung trauerfeier anfang beginn schluss mitte verlauf
  ablauf dauer zeitpunkt stichtag zeitplan plan pläne planung stand status stufe phase schritt schritte
  ergebnis ergebnisse ergebnisses bericht berichte berichts übersicht zusammenfassung auswertung analyse
  statistik tabelle tabellen liste listen verzeichnis inhaltsverzeichnis inhalt inhalte einleitung
  hintergrund ziel ziele zweck gegenstand thema themen punkt punkte beispiel beispiele fazit anmerkung
  anmerkungen bemerkung bemerkungen kommentar kommentare notiz notizen wichtig achtung vorsicht gefahr
  warnung bekanntmachung aushang rundschreiben newsletter pressemitteilung ankündigung änderung änderungen
  neuigkeiten aktuelles öffnungszeiten sprechzeiten sprechstunde geschlossen geöffnet eingang ausgang
  notausgang zutritt verboten rauchen parken durchgang privat willkommen herzlich welt leben lebens freude
  hoffnung angst sorgen wünsche traum träume idee ideen meinung gedanke gedanken gefühl gefühle erfahrung
  erfahrungen wissen kenntnisse fähigkeiten sache sachen dinge art arten form formen fall fälle falls grund
  gründe grundes ursache folge folgen wirkung einfluss bedeutung wert werte möglichkeit möglichkeiten
  gelegenheit chance chancen risiko risiken vorteil vorteile nachteil nachteile entscheidung entscheidungen
  wahl auswahl alternative alternativen voraussetzung voraussetzungen bedingung bedingungen teil teile teils
  anteil anteile rest mehrheit zahl zahlen anzahl höhe größe breite tiefe gewicht umfang prozent grad geld
  euro cent dollar franken kredit kredite darlehen darlehens zinsen zins zinssatz tilgung rate raten
  ratenzahlung finanzierung schulden guthaben einnahmen ausgaben einkommen vermögen rente renten rentner
  rentnerin kindergeld elterngeld wohngeld arbeitslosengeld bürgergeld sozialhilfe leistung leistungen
  leistungsbescheid jobcenter sozialamt jugendamt ausländerbehörde standesamt ordnungsamt bauamt behörde
  behörden amt ämter stadtverwaltung landratsamt bezirksamt ministerium regierung bundesregierung staat bund
  länder kommune bundesamt handwerkskammer industrie wahlen wahlbenachrichtigung stimmzettel briefwahl
  wahllokal partei parteien politik gemeinderat stadtrat bürgermeister bürgermeisterin landrat abgeordnete
  nachweis nachweise genehmigung genehmigungen erlaubnis zustimmung ablehnung kontrolle verlängerung
  erneuerung ausstellung ausstellungsdatum gültigkeit gültig bis ab urkunde urkunden geburtsurkunde
  heiratsurkunde sterbeurkunde testament erbschein erbe erben nachlass vermächtnis schenkung grundbuch
  kaufvertrag kauf käufer käuferin verkauf verkäufer verkäuferin lieferant lieferanten hersteller produkt
  produkte produkts ware waren marke modell seriennummer material materialien papier metall stoff kunststoff
  farbe farben tür türen fenster wand wände decke treppe aufzug steckdose schalter heizkörper thermostat
  leitungen rohr rohre abfluss wasserhahn dusche badewanne waschbecken möbel bett betten sofa regal teppich
  vorhang wetter regen schnee sonne temperatur klima natur umwelt luft erde see fluss wälder tier tiere hund
  hunde katze katzen pferd nord süd ost west norden süden osten westen sprache sprachen deutsch englisch
  französisch spanisch italienisch text texte wort wörter worte buchstabe übersetzung übersetzer
  übersetzerin dolmetscher kultur kunst musik film filme bücher zeitung zeitschrift foto fotos bild bilder
  video videos spiel spiele sport training arbeitsbeginn dienstbeginn feierabend schicht schichten
  dienstplan schichtplan einsatz einsätze bereitschaft dienst dienstreise reisekosten spesen
  reisekostenabrechnung fahrtkosten kilometer kilometerpauschale homeoffice büro büros bürozeiten raum räume
  raumnummer etage stock stockwerk erdgeschoss obergeschoss dachgeschoss untergeschoss hinterhaus vorderhaus
  posteingang postausgang post paket pakete päckchen sendung sendungen sendungsnummer zustellung zusteller
  briefkasten briefmarke einschreiben rückschein abholung abholschein zustand qualität sorte größen
  lieferzeit lagerbestand lager bestand inventur kostenübernahme kostenstelle kostenaufstellung haushalt
  budget etat posten position positionen vorgang vorgänge vorgangsnummer fallnummer aktennummer akte akten
  vermerk aktenvermerk verfügung anordnung anweisung weisung verantwortung verantwortliche verantwortlicher
  zuständigkeit zuständige zuständiger vertretung vertreter vertreterin stellvertreter stellvertreterin
  beratung beratungsgespräch berater beraterin beratungsstelle unterstützung förderung zuschuss zuschüsse
  spende spenden angelegenheit angelegenheiten bitten interesse interessen verkehr verkehrs fahrt fahrten
  strecke route start ankunftszeit abfahrtszeit reisedauer entfernung wohnungsnummer wohnungstür klingel
  namensschild mahnbescheid vollstreckung vollstreckungsbescheid pfändung insolvenz gerichtsvollzieher
  inkasso forderung forderungen hauptforderung verzugszinsen angaben angabe personalien pflichtfeld
  pflichtangaben optional sonstiges sonstige ja nein keine kein kaufdatum rechnungsnr kundennr vertragsnr
  auftragsnr bestellnr lieferscheinnr steuernr ustidnr umsatz umsätze gewinn verlust bilanz jahresabschluss
  buchhaltung finanzbuchhaltung kostenrechnung controlling einkauf vertrieb marketing produktion logistik
  entwicklung forschung geschäftsbericht geschäftsjahr quartal monatsende jahresende sicherheitshinweise
  gebrauchsanweisung packungsbeilage nebenwirkungen wechselwirkungen anwendungsgebiete gegenanzeigen
  zusammensetzung wirkstoff schlüsselnummer kundenummer kundenkarte kundenbereich kundenzufriedenheit
  kundenanfrage kundenbewertung kundenreferenz vertragsverlängerung vertragsabschluss vertragskündigung
  vertragsstrafe vertragsunterlagen vertragsentwurf vertragsgegenstand vertragsparteien rechnungskopie
  rechnungsanschrift rechnungsposition rechnungsprüfung rechnungsstellungsdatum teilrechnung schlussrechnung
  gutschriftsnummer zahlungsaufforderung zahlungsbestätigung zahlungsverzug zahlungsfrist zahlungsweise
  zahlungsplan zahlungseingänge zahlungsausgang zahlungsverkehr überweisungsbetrag überweisungsauftrag
  überweisungsträger empfängerkonto absenderkonto kontoverbindung kontobewegungen kontoübersicht
  kontoeröffnung kontoschließung kreditkarte kreditkarten kreditkartennummer bankkarte girocard ec
  geldautomat bargeld barzahlung kartenzahlung kartennummer karteninhaber ablaufdatum prüfnummer
  sicherheitsnummer kreditvertrag darlehensvertrag darlehensnehmer darlehensgeber kreditnehmer kreditgeber
  kreditbetrag kreditlinie dispo dispokredit überziehung überziehungszinsen sollzins habenzins effektivzins
  tagesgeldkonto festgeldkonto sparbuch bausparvertrag wertpapiere aktie aktien fonds anleihe depotnummer
  dividende kapitalertrag abgeltungsteuer freistellungsauftrag stornobuchung rücklastschrift
  lastschriftmandat einzugsermächtigung gläubigeridentifikationsnummer sammelüberweisung echtzeitüberweisung
  auslandsüberweisung monatsmiete mietrückstand mietschulden mietkaution mietminderung mietspiegel
  mieteinnahmen mietobjekt mietwohnung mieterselbstauskunft vormieter nachmieter untermiete untermieter
  hauptmieter wohnungsbesichtigung besichtigung besichtigungstermin wohnungsgeberbestätigung
  wohnungsschlüssel wohnungseigentum eigentumswohnung einfamilienhaus mehrfamilienhaus reihenhaus
  doppelhaushälfte altbau neubau hausgeld hausgeldabrechnung eigentümerversammlung
  wohnungseigentümergemeinschaft verwalterin verwaltungsbeirat instandhaltungsrücklage rücklage sonderumlage
  umlage umlageschlüssel grundsteuer grunderwerbsteuer abwasser niederschlagswasser schornsteinfeger
  wasserversorgung stadtwerke energieversorger stromanbieter gasanbieter stromvertrag gasvertrag
  stromrechnung gasrechnung wasserrechnung verbrauch jahresverbrauch verbrauchswerte zählerwechsel
  kilowattstunden grundpreis arbeitspreis abschlagsplan tarif tarife tarifwechsel anbieterwechsel
  heizungswartung heizungsausfall heizkessel warmwasserbereitung fernwärme gasheizung ölheizung wärmepumpe
  solaranlage photovoltaik feuchtigkeit wasserschaden rohrbruch rauchmelder feuerlöscher hausflur
  aufzugswartung gartenarbeiten winterdienst schneeräumung streupflicht hausreinigung grünpflege
  handwerkerrechnung handwerkerleistungen kostenvoranschläge auftragsbestätigungen abnahme abnahmeprotokoll
  bauabnahme baugenehmigung bauantrag bauvorhaben baustelle bauleitung architekt architektin
  autoversicherung fahrzeugschein fahrzeugbrief zulassungsbescheinigung fahrgestellnummer erstzulassung
  kilometerstand laufleistung vollkasko teilkasko schadenfreiheitsklasse versicherungsbeitrag
  versicherungsbeginn versicherungsende versicherungssumme versicherungsfall versicherungsschutz
  versicherungsbedingungen versicherungsvertrag lebensversicherung unfallversicherung
  rechtsschutzversicherung berufsunfähigkeitsversicherung zahnzusatzversicherung reiseversicherung
  reiserücktrittsversicherung krankenversichertenkarte krankenversicherungsnummer beitragsbescheinigung
  mitgliedsbescheinigung versicherungsnachweis leistungsantrag kostenerstattung erstattungsantrag zuzahlung
  eigenanteil bewerbungsunterlagen bewerbungsschreiben bewerbungsfrist bewerbungsgespräch absagen
  eintrittsdatum austrittsdatum kündigungstermin aufhebungsvertrag abfindung freistellung arbeitsverhältnis
  beschäftigung beschäftigte beschäftigten teilzeit vollzeit minijob nebenjob befristung wochenstunden
  jahresurlaub sonderurlaub elternzeit mutterschutz krankengeld lohnfortzahlung zeiterfassung stundenzettel
  arbeitszeitnachweis gleitzeit zeitkonto dienstvereinbarung betriebsrat betriebsvereinbarung tarifvertrag
  gewerkschaft personalrat mitarbeitergespräch jahresgespräch zielvereinbarung beurteilung steuerklasse
  lohnsteuerbescheinigung sozialversicherungsausweis rentenversicherungsnummer krankenkassenwechsel
  familienversicherung vermögenswirksame betriebsrente altersvorsorge onboarding einarbeitung
  schulungsunterlagen arbeitsmittel dienstwagen diensthandy firmenwagen dienstausweis mitarbeiterausweis
  zugangskarte schulanmeldung einschulung schulpflicht schulbescheinigung schülerausweis schulweg schulbus
  schulgeld schulbücher lernmittel elternsprechtag sprechstunden zeugnisausgabe versetzung nachprüfung
  abitur abiturzeugnis realschule gymnasium grundschule gesamtschule hauptschule berufsschule förderschule
  oberstufe unterstufe mittelstufe jahrgang jahrgangsstufe schulhalbjahr lehrplan mathematik
  deutschunterricht englischunterricht religion ethik biologie chemie physik geschichte erdkunde geografie
  informatik sportunterricht kunstunterricht fehltage fehlzeiten krankmeldungen entschuldigungsschreiben
  beurlaubung schulausflug wandertag projektwoche schulfest klassenarbeit klassenarbeiten
  studienbescheinigung immatrikulationsbescheinigung semesterbeitrag semesterticket modul module
  leistungspunkte notenspiegel abschlussarbeit bachelorarbeit masterarbeit doktorarbeit dissertation
  betreuer betreuerin gutachter prüfungsamt studierendensekretariat hausarztpraxis zahnarztpraxis
  gemeinschaftspraxis facharztpraxis praxisgemeinschaft terminanfrage terminabsage terminverschiebung
  wartezimmer wartezeit sprechzimmer einweisungsschein heilmittelverordnung hilfsmittel krankentransport
  rettungsdienst notarzt notruf bereitschaftsdienst blutentnahme blutzucker cholesterin laborbefund
  röntgenbild mrt ct ekg vorsorge vorsorgeuntersuchung früherkennung nachsorge kontrolluntersuchung reha
  rehabilitation kur schwangerschaft geburtstermin mutterpass entbindung wochenbett kinderarzt kinderärztin
  frauenarzt frauenärztin augenarzt augenärztin hautarzt hautärztin orthopäde orthopädin kardiologe
  neurologe psychiater medikamentenplan einnahme nebenwirkung wirkstoffe salbe tropfen spray kapseln
  injektion infusion verband pflaster allergiepass notfallausweis organspendeausweis patientenverfügung
  vorsorgevollmacht betreuungsverfügung schwerbehindertenausweis behinderung hotelbuchung hotelzimmer
  hotelrechnung zimmerreservierung zimmerpreis zimmerkategorie übernachtungspreis aufenthaltsdauer
  anreisedatum abreisedatum ankunftstag abreisezeit anreisezeit ferienhaus ferienanlage campingplatz
  jugendherberge gasthaus gasthof herberge hostel apartment appartement suite unterkunftsbeschreibung
  hausregeln endreinigung bettwäsche handtücher flugticket flugbuchung flugplan flugzeit flugdauer umsteigen
  zwischenlandung rückflug hinflug terminal abfluggate sitzplatzreservierung gepäckstück gepäckaufgabe
  fluggesellschaft airline reiseplan reiseverlauf reiseleitung reiseleiter reiseleiterin ausflüge rundreise
  kreuzfahrt fähre hafen mietwagenbuchung fahrzeugübergabe fahrzeugrückgabe tankfüllung vollkaskoschutz
  zugbindung zugnummer sparpreis flexpreis bahncard platzreservierung wagennummer umstieg bestellbestätigung
  versandbestätigung lieferstatus sendungsverfolgung paketdienst retoure retouren rücksendeschein
  rückerstattung warenkorb produktbeschreibung produktnummer artikelbezeichnung bezeichnung beschreibung
  ausführung variante varianten lieferumfang garantiezeit garantieschein gewährleistungsfrist kundennummern
  ticketsystem supportanfrage supportticket störungsmeldung fehlerbericht fehlercode fehlerbeschreibung
  lösungsvorschlag rückruf rückrufbitte warteschleife chat livechat kontoeinstellungen profil profile
  profileinstellungen benachrichtigungen datenschutzeinstellungen passwortänderung kennwortänderung
  bestätigungslink aktivierung deaktivierung sperrung entsperrung vertragsübersicht tarifübersicht
  leistungsübersicht kostenübersicht preisübersicht preisliste preisänderung preiserhöhung dankeschön
  verständnis geduld rückmeldungen bürgerbüro bürgerservice zulassungsstelle führerscheinstelle passbehörde
  meldebehörde familienkasse rentenkasse antragsnummer bearbeitungsnummer bearbeitung bearbeitungszeit
  bearbeitungsstand bearbeiter bearbeiterin sachbearbeiter sachbearbeiterin sachgebiet fachbereich referat
  dezernat bescheiddatum bewilligung bewilligungsbescheid ablehnungsbescheid änderungsbescheid rückforderung
  anhörung stellungnahme fristverlängerung gerichtsverfahren gerichtstermin verhandlung verhandlungstermin
  ladung zeuge zeugin zeugen sachverständige sachverständiger schlichtung mediation vergleich einigung
  strafbefehl bußgeld bußgeldbescheid verwarnung verwarngeld ordnungswidrigkeit tatvorwurf tatzeit tatort
  anhörungsbogen fahrverbot mietrecht arbeitsrecht familienrecht erbrecht strafrecht verkehrsrecht
  sozialrecht vertragsrecht scheidung trennung unterhalt sorgerecht umgangsrecht vaterschaft adoption
  vormundschaft erbfall erblasser pflichtteil nachlassgericht testamentsvollstrecker verhandlungsprotokoll
  sitzungsprotokoll gesprächsnotiz gesprächsprotokoll telefonnotiz aktennotiz anlagenverzeichnis anhang
  anhänge kopie kopien abschrift original originale ausdruck entwurf entwürfe fassung endfassung gliederung
  vorwort einführung schlussfolgerung empfehlung empfehlungen literatur quellen quelle verweis vorschlag
  vorschläge wunschliste aufgabenliste checkliste hinweisblatt merkblatt informationsblatt faltblatt
  broschüre flyer katalog prospekt veranstaltung veranstaltungen veranstalter veranstaltungsort eintritt
  eintrittskarte eintrittskarten anmeldeschluss teilnahme teilnahmegebühr teilnehmerliste programme
  konferenz tagung workshop vortrag vorträge präsentation präsentationen feier feiern feste party
  einladungskarte vereinsmitglied vereinsbeitrag jahreshauptversammlung mitgliederversammlung kassenwart
  schriftführer schriftführerin kassenprüfer spendenquittung spendenbescheinigung zuwendungsbestätigung
  stiftung wohnsitz hauptwohnsitz nebenwohnsitz zweitwohnsitz meldeadresse postadresse lieferanschrift
  heimatadresse herkunft herkunftsland geburtsland zielland einreise ausreise einreisedatum grenze zoll
  zollerklärung flüchtling asyl asylantrag duldung niederlassungserlaubnis einbürgerung staatsbürgerschaft
  integrationskurs sprachkurs bildung beruf berufe berufserfahrung qualifikation qualifikationen
  sprachkenntnisse führungszeugnis arbeitssuche arbeitslosigkeit arbeitslosmeldung vermittlung
  vermittlungsvorschlag eingliederungsvereinbarung maßnahme maßnahmen nachfrist verzug verzugs mahnstufe
  kontoausgleich ausgleich restbetrag offener saldo saldos bestandskunde neukunde neukunden bestandskunden
  geschäftskunde geschäftskunden privatkunde privatkunden firmenkunde lieferantennummer lieferantenrechnung
  eingangsrechnung ausgangsrechnung sammelrechnung proformarechnung abschlagsrechnung
  umsatzsteueridentifikationsnummer steuersatz steuerbetrag vorsteuer kleinunternehmer leistungszeitraum
  leistungsdatum lieferzeitraum handelsregisternummer geschäftsadresse firmensitz firmenname firmenanschrift
  inhaber inhaberin gesellschafter gesellschafterin prokurist prokuristin vorstandsvorsitzende aufsichtsrat
  bestellschein auftragsformular bestellformular kontaktformular anfrageformular beschwerdeformular
  einwilligungserklärung datenschutzhinweise datenverarbeitung speicherung löschung auskunft
  auskunftsersuchen berichtigung nutzungsbedingungen geschäftsbedingungen lizenzbedingungen lizenz lizenzen
  lizenzschlüssel abonnement abo abos mitgliedskonto laufzeit mindestlaufzeit verlängerungsoption grüezi
  servus moin taschengeld haushaltsgeld unterhaltszahlung kindesunterhalt wartungsvertrag wartungsintervall
  wartungstermin wartungsarbeiten serviceauftrag servicetermin servicetechniker kundendiensttechniker
  bestätigungsmail bestätigungsschreiben antwortschreiben widerspruchsschreiben begleitschreiben bankdaten
  bankverbindungen kreditinstitut sparkasse volksbank raiffeisenbank genossenschaftsbank postbank wochenplan
  monatsplan jahresplan urlaubsplan essensplan speiseplan hausaufgabenheft mitteilungsheft
  kinderbetreuungskosten betreuungsgeld betreuungszeiten eingewöhnung abholzeit bringzeit familienname
  ehename rufname spitzname titel akademischer doktor dr prof dipl ing straßenname ortsteil ortsname hausnr
  zusatz adresszusatz wohnungsnr zimmernr heute gestern übermorgen vorgestern jetzt damals bald demnächst
  neue neues alte alter altes erste erster erstes zweite zweiter dritte letzte letzter nächste nächster gute
  guter gutes schöne schöner schönes große großer großes kleine kleines wir ich sie er es bei nach für über
  unter zur zum vom beim seit wegen trotz während leider natürlich selbstverständlich gerne gern dringend
  eilig vertraulich persönlich anbei beiliegend hiermit deshalb außerdem zudem jedoch allerdings betreffend
  bezüglich anlässlich`,
  // Dutch
  `energielabel huurder verhuurder makelaar factuur facturen factuurnummer factuurdatum factuuradres factuurbedrag klant klanten klantnummer
  klantenservice klantgegevens klantenkaart overeenkomst overeenkomsten contract contracten contractnummer
  contractduur contractant huurovereenkomst huurcontract arbeidsovereenkomst arbeidscontract
  koopovereenkomst huur huurder huurders verhuurder verhuurders huurprijs huurverhoging huurtoeslag borgsom
  waarborgsom servicekosten bijkomende kosten energiekosten woning woningen appartement flat huis huizen
  kamer kamers keuken badkamer toilet woonkamer slaapkamer zolder kelder tuin balkon garage parkeerplaats
  berging adres adressen straat straatnaam huisnummer postcode woonplaats plaats gemeente provincie land
  stad dorp buurt postbus naam namen voornaam voornamen achternaam geslachtsnaam voorletters tussenvoegsel
  geboortedatum geboorteplaats geboorteland nationaliteit geslacht burgerlijke staat telefoon telefoonnummer
  mobiel mobielnummer emailadres contactgegevens contactpersoon contact datum handtekening ondertekening
  bijlage bijlagen onderwerp betreft kenmerk uw ons referentie referentienummer dossiernummer dossier
  zaaknummer pagina formulier formulieren aanvraag aanvragen aanvrager aanvraagformulier aanvraagnummer
  beschikking besluit besluiten verklaring verklaringen rekening rekeningen rekeningnummer rekeninghouder
  bankrekening betaalrekening spaarrekening saldo afschrift rekeningafschrift bankafschrift bank banken
  overboeking overschrijving incasso machtiging automatische afschrijving bijschrijving storting opname
  boeking boekingen boekdatum valutadatum omschrijving betalingskenmerk tegenrekening begunstigde ontvanger
  opdrachtgever betaler incassant mandaatkenmerk betaling betalingen betaalwijze betaaltermijn
  betalingsherinnering herinnering aanmaning aanmaningen vervaldatum termijn termijnen bedrag bedragen
  totaalbedrag totaal subtotaal btw belasting belastingen belastingdienst aanslag aangifte
  inkomstenbelasting toeslag toeslagen zorgtoeslag kinderbijslag prijs prijzen stukprijs aantal eenheid
  artikel artikelnummer bestelling bestellingen bestelnummer levering leveringen leveradres leverdatum
  verzending verzendkosten pakket pakketten offerte offertes opdracht opdrachtbevestiging bevestiging
  bevestigingen kwitantie bon kassabon ontvangstbewijs creditnota creditering korting afrekening
  jaarafrekening eindafrekening voorschot voorschotbedrag termijnbedrag nabetaling terugbetaling teruggave
  vergoeding verwarming ketel onderhoud reparatie reparaties storing storingen lekkage schademelding defect
  monteur afspraak afspraken opzegging opzeggingen opzegtermijn verhuizing verhuisbericht oplevering sleutel
  sleutels inspectie keuring verzekering verzekeringen polis polisnummer verzekerde verzekeringnemer premie
  eigen risico aansprakelijkheidsverzekering inboedelverzekering zorgverzekering zorgverzekeraar
  autoverzekering reisverzekering voertuig kenteken rijbewijs auto autos fiets werk werkgever werknemer
  werknemers medewerker medewerkers medewerkster collega leidinggevende manager afdeling directie directeur
  bestuur sollicitatie sollicitaties sollicitant vacature vacatures functie functieomschrijving cv
  motivatiebrief getuigschrift referenties gesprek sollicitatiegesprek salaris loon loonstrook salarisstrook
  brutoloon nettoloon uurloon vakantiegeld vakantiedagen verlof ziekmelding ziekte ziekteverlof overuren
  declaratie onkosten personeel personeelsnummer personeelszaken salarisadministratie loonadministratie
  identiteitsbewijs identiteitskaart paspoort verblijfsvergunning burgerservicenummer bsn bedrijf bedrijven
  onderneming organisatie vestiging vestigingen hoofdkantoor kantoor kantoren van koophandel handelsregister
  bv nv vof stichting vereniging wet wetten lid regeling regelingen voorwaarden algemene bepalingen
  reglement advocaat advocaten notaris rechtbank gerechtshof uitspraak vonnis zaak zaken procedure bezwaar
  bezwaarschrift beroep klacht klachten politie volmacht toestemming privacy privacyverklaring gegevens
  persoonsgegevens informatie mededeling melding meldingen bericht berichten brief brieven vraag vragen
  antwoord antwoorden verzoek verzoeken uitnodiging uitnodigingen afmelding aanmelding inschrijving
  uitschrijving geachte beste hallo hoi goedemorgen goedemiddag goedenavond groeten groet vriendelijke
  hartelijke hartelijk met dank bedankt alvast heer mevrouw mevr dhr familie echtgenoot echtgenote partner
  kind kinderen zoon dochter vader moeder ouders broer zus opa oma oom tante persoon personen mensen inwoner
  inwoners buren buurman buurvrouw gast gasten bezoeker bezoekers school scholen leerling leerlingen klas
  klassen leraar lerares docent docenten mentor rector lessen rooster vak vakken cijfer cijfers rapport
  ouderavond schoolreis vakantie vakanties schooljaar toets toetsen examen examens huiswerk
  inschrijfformulier verlofaanvraag kinderopvang opvang crèche peuterspeelzaal naschoolse buitenschoolse
  universiteit hogeschool studie opleiding opleidingen student studenten studentnummer collegegeld
  studiefinanciering college colleges tentamen tentamens diploma scriptie cursus cursussen training
  trainingen certificaat stage stagiair arts artsen huisarts huisartsenpraktijk tandarts specialist
  ziekenhuis ziekenhuizen kliniek polikliniek spoedeisende eerste hulp apotheek apotheker patiënt patiënten
  patiëntnummer zorgverlener verwijzing verwijsbrief recept recepten medicijn medicijnen medicatie
  geneesmiddel tablet tabletten diagnose behandeling behandelingen onderzoek onderzoeken uitslag uitslagen
  bloedonderzoek bloeddruk operatie ontslag controle vaccinatie prikken pijn koorts hoest allergie
  allergieën verpleging verpleegkundige thuiszorg zorg fysiotherapie fysiotherapeut tandartspraktijk reizen
  reiziger boekingsnummer reservering reserveringen reserveringsnummer aankomst vertrek aankomstdatum
  vertrekdatum verblijf overnachting overnachtingen nacht nachten hotel hotels vakantiewoning vakantiehuis
  camping accommodatie kamernummer eenpersoonskamer tweepersoonskamer ontbijt halfpension receptie
  annulering annuleringskosten toeristenbelasting vlucht vluchten vluchtnummer vliegveld luchthaven
  instapkaart bagage handbagage koffer trein treinen station perron spoor kaartje kaartjes vertraging bus
  tram metro halte taxi huurauto winkels supermarkt markt bakkerij slagerij restaurant restaurants café
  kroeg menu eten drinken drankjes lunch diner koffie thee bier wijn water service helpdesk
  klantenondersteuning ondersteuning vraagbaak probleem problemen oplossing fout foutmelding handleiding
  instellingen installatie wachtwoord gebruikersnaam gebruiker gebruikers account inloggen inlog registratie
  beveiliging code pincode verificatiecode computer laptop printer scherm netwerk internet verbinding
  bestand bestanden map document documenten programma app versie update apparaat apparaten tijd tijden
  periode uur uren dagen week weken maand maanden jaar jaren minuut minuten moment toekomst maandag dinsdag
  woensdag donderdag vrijdag zaterdag zondag weekend feestdag feestdagen werkdag werkdagen ochtend middag
  avond vandaag morgen gisteren januari februari maart juni september oktober november december kerst
  kerstmis pasen pinksteren oudejaarsavond nieuwjaar verjaardag bruiloft huwelijk begrafenis einde start
  afloop duur planning plan planningen schema overzicht resultaat resultaten verslag verslagen rapportage
  samenvatting analyse tabel lijst inhoud inhoudsopgave inleiding achtergrond doel doelen thema punt punten
  voorbeeld voorbeelden conclusie opmerking opmerkingen toelichting aantekening notitie notities belangrijk
  let op waarschuwing gevaar aankondiging nieuwsbrief persbericht wijziging wijzigingen nieuws
  openingstijden spreekuur gesloten geopend ingang uitgang nooduitgang toegang verboden roken parkeren
  welkom leven liefde geluk angst zorgen wens wensen droom idee ideeën mening gedachte gevoel ervaring
  ervaringen kennis vaardigheden dingen soort manier vorm geval gevallen reden redenen oorzaak gevolg
  gevolgen invloed betekenis waarde mogelijkheid mogelijkheden kans kansen voordeel voordelen nadeel nadelen
  beslissing keuze voorwaarde deel delen onderdeel rest meerderheid nummer getal hoogte grootte breedte
  lengte gewicht procent geld euro cent lening leningen hypotheek rente aflossing schuld schulden tegoed
  inkomen inkomsten uitgaven vermogen pensioen uitkering gemeentehuis stadhuis gemeentebelastingen
  waterschap ministerie overheid rijksoverheid uitvoeringsinstantie uwv svb duo cak ind cjib bewijs
  bewijsstuk vergunning vergunningen goedkeuring afwijzing verlenging geldigheid geldig tot vanaf akte
  geboorteakte huwelijksakte overlijdensakte testament erfenis nalatenschap erfgenaam koopakte hypotheekakte
  koop koper verkoop verkoper leverancier fabrikant product producten merk model serienummer garantie retour
  retourneren ruilen deur deuren raam ramen muur vloer plafond dak trap lift lamp stopcontact radiator
  thermostaat leiding leidingen afvoer douche bad wastafel meubels kast bed tafel weer regen sneeuw zon
  temperatuur natuur milieu lucht aarde vuur zee rivier bossen dieren hond honden katten paard noord zuid
  oost west noorden zuiden oosten westen taal talen nederlands engels duits frans spaans tekst woord woorden
  vertaling vertaler tolk cultuur kunst muziek film films boek boeken krant tijdschrift foto afbeelding
  video spel spelletjes sport club dienst diensten dienstrooster nachtdienst reiskosten kilometervergoeding
  thuiswerken vergadering vergaderingen overleg agenda notulen deelnemer deelnemers project projecten
  projectleider team teams post brievenbus postzegel aangetekend afhalen ophalen bezorging bezorger track
  trace zending zendingen voorraad magazijn inventaris gemeentelijke belastingaanslag afvalstoffenheffing
  rioolheffing ozb woz aanvullende basisverzekering zorgpas bijdrage kinderdagverblijf gastouder basisschool
  middelbare voortgezet onderwijs mbo hbo wo vmbo havo vwo nieuwe nieuw oude tweede derde laatste volgende
  goede grote kleine wij ik jij hij zij het dit deze voor bij over onder tijdens sinds graag helaas
  natuurlijk dringend vertrouwelijk persoonlijk bijgaand hierbij daarom echter ja nee geen alle netto bruto
  inclusief exclusief incl excl nr str tel tav bijv evt`,
  // French
  `bât bâtiment facture factures numéro montant total tva taxe taxes impôt impôts prix quantité référence article articles
  commande commandes livraison livraisons expédition client clients cliente clientes service services
  assistance support contrat contrats abonnement abonnements résiliation souscription adhésion madame
  monsieur mademoiselle mesdames messieurs chère chers bonjour bonsoir salut merci cordialement bien
  sincères salutations objet nom prénom prénoms de naissance date lieu sexe nationalité adresse adresses rue
  avenue boulevard allée impasse chemin route place quai cours code postal pays département région commune
  téléphone portable courriel contact coordonnées signature fait compte comptes banque banques relevé
  relevés virement virements prélèvement prélèvements solde crédit débit opération opérations libellé
  bénéficiaire émetteur titulaire mandat échéance échéances paiement paiements règlement règlements
  remboursement remboursements avoir acompte reçu quittance devis bon bordereau loyer loyers bail locataire
  locataires propriétaire propriétaires bailleur logement logements appartement maison studio chambre
  chambres cuisine salle séjour garage cave parking caution charges dépôt garantie chauffage entretien
  réparation réparations panne pannes dégât dégâts sinistre fuite intervention technicien assurance
  assurances assuré assurée police cotisation cotisations mutuelle sécurité sociale carte travail emploi
  employeur employé employée salarié salariée salariés personnel ressources humaines direction directeur
  directrice responsable chef équipe collègue collègues stagiaire stage candidature candidatures poste offre
  offres curriculum lettre motivation embauche période essai salaire salaires rémunération paie bulletin
  fiche congé congés absence arrêt maladie entreprise entreprises société sociétés siège agence agences
  filiale établissement bureau bureaux magasin boutique décret alinéa tribunal cour juge avocat avocate
  notaire huissier jugement procédure plainte recours réclamation réclamations litige attestation certificat
  certificats justificatif justificatifs déclaration déclarations formulaire formulaires demande demandes
  dossier dossiers pièce pièces jointe jointes annexe annexes courrier lettres message messages réponse
  réponses question questions information informations avis notification rappel relance invitation
  convocation confirmation famille enfant enfants fils fille parents frère sœur oncle tante époux épouse
  conjoint conjointe femme homme personne personnes gens voisin voisine école écoles collège lycée
  université élève élèves étudiant étudiante étudiants professeur professeure enseignant enseignante classe
  classes matière note notes inscription inscriptions rentrée examen examens diplôme crèche garderie cantine
  scolarité médecin médecins docteur hôpital clinique cabinet urgences patient patiente patients ordonnance
  médicament médicaments traitement diagnostic consultation analyse analyses radiographie vaccin vaccination
  pharmacie pharmacien infirmier infirmière kinésithérapeute dentiste douleur fièvre toux allergie santé
  soins voyage voyages réservation réservations arrivée départ nuit nuits hôtel hôtels auberge gîte
  réception annulation vol vols aéroport billet billets gare train trains retard bagage bagages passeport
  visa restaurant restaurants menu plat plats entrée dessert boisson boissons café thé eau pain repas
  déjeuner dîner addition pourboire table aide problème problèmes solution erreur erreurs identifiant mot
  passe utilisateur connexion paramètres réglages installation mise jour version logiciel application
  fichier fichiers document documents ordinateur imprimante écran réseau internet temps heure heures jours
  semaine semaines mois année années ans minute minutes demain hier matin soir midi mardi mercredi jeudi
  vendredi samedi dimanche férié janvier février juin juillet août septembre octobre novembre décembre
  pâques anniversaire mariage décès obsèques début fin durée délai délais planning calendrier programme
  ordre réunion réunions rapport rapports résumé synthèse bilan tableau liste sommaire introduction
  conclusion sujet thème point points exemple remarque remarques observations commentaire important
  attention avertissement danger annonce communiqué actualités nouveautés modification modifications
  changement horaires ouverture fermeture fermé ouvert sortie interdit accès bienvenue stationnement vie
  amour bonheur espoir peur souhait souhaits rêve idée idées pensée sentiment expérience connaissances
  compétences chose choses sorte façon manière forme cas raison raisons cause conséquence effet sens valeur
  possibilité possibilités occasion chance risque risques avantage avantages inconvénient décision choix
  condition conditions générales partie parties reste majorité nombre chiffre hauteur taille largeur
  longueur poids pour cent argent euro euros centimes prêt emprunt intérêts taux mensualité mensualités
  dette dettes revenus dépenses retraite pension allocation allocations aides mairie préfecture ministère
  gouvernement état administration caf cpam urssaf pôle trésor public permis identité titre acte testament
  succession héritier achat acheteur vente vendeur fournisseur fabricant produit produits marque modèle
  série retour échange porte fenêtre mur plafond escalier ascenseur lumière prise radiateur robinet douche
  baignoire lavabo évier meuble meubles armoire lit canapé chaise météo pluie neige soleil vent température
  nature environnement air terre feu mer forêt champ animaux chat cheval nord sud est ouest langue langues
  français anglais allemand espagnol texte mots phrase traduction traducteur interprète culture art musique
  film films livre livres journal magazine photo photos image vidéo jeu jeux sport club association nouveau
  nouvelle nouvelles premier première deuxième dernier dernière prochain prochaine bonne grand grande nous
  je vous il ils elles ce cette ces avec sans dans sur sous chez selon depuis pendant oui non aucun aucune
  tous toutes veuillez malheureusement urgent confidentiel réf tél mme mlle bd av`,
  // Spanish
  `factura facturas número importe total subtotal iva impuesto impuestos precio precios cantidad referencia
  artículo artículos pedido pedidos envío envíos entrega albarán cliente clientes servicio servicios
  atención soporte contrato contratos suscripción alta baja cancelación señor señora señores señorita
  estimado estimada estimados querido querida hola buenos buenas días tardes noches gracias saludos encantado encantada
  atentamente cordiales asunto nombre nombres apellido apellidos fecha nacimiento lugar sexo nacionalidad
  dirección domicilio avenida paseo carretera piso puerta código postal ciudad localidad municipio provincia
  país teléfono móvil celular correo electrónico contacto datos firma cuenta cuentas banco bancos extracto
  movimientos transferencia transferencias recibo recibos domiciliación cargo abono saldo crédito débito
  operación operaciones concepto beneficiario ordenante titular vencimiento pago pagos cobro cobros
  reembolso devolución anticipo presupuesto justificante comprobante ticket alquiler arrendamiento
  arrendador arrendatario inquilino inquilinos propietario propietaria vivienda apartamento habitación
  habitaciones cocina baño salón terraza garaje trastero fianza depósito gastos comunidad calefacción
  mantenimiento reparación reparaciones avería averías daños siniestro fuga técnico cita seguro seguros
  asegurado póliza prima cobertura seguridad social tarjeta sanitaria trabajo empleo empresa empresas
  empleador empleado empleada empleados trabajador trabajadora trabajadores personal recursos humanos
  director directora responsable jefe jefa equipo compañero compañera compañeros candidatura oferta ofertas
  puesto currículum entrevista contratación salario sueldo nómina nóminas vacaciones permiso enfermedad
  horario jornada sociedad oficina oficinas sede sucursal tienda tiendas establecimiento negocio leyes
  decreto juzgado tribunal juez jueza abogado abogada notario notaría sentencia demanda denuncia recurso
  reclamación reclamaciones queja quejas certificado certificados declaración formulario formularios
  solicitud solicitudes expediente documento documentos anexo anexos adjunto adjuntos carta cartas mensaje
  mensajes respuesta respuestas pregunta preguntas información aviso notificación recordatorio invitación
  convocatoria confirmación familia hijo hija hijos hijas padre madre padres hermano hermana abuelo abuela
  tío tía esposo esposa marido mujer hombre persona personas gente vecino vecina escuela colegio instituto
  universidad alumno alumna alumnos estudiante estudiantes profesor profesora maestro maestra clase clases
  curso cursos asignatura nota notas matrícula examen exámenes título guardería comedor médico médica doctor
  doctora hospital clínica consulta urgencias paciente pacientes receta medicamento medicamentos tratamiento
  diagnóstico análisis radiografía vacuna farmacia enfermero enfermera dentista dolor fiebre tos alergia
  salud viaje viajes reserva reservas estancia llegada salida noche hotel hoteles hostal albergue desayuno
  recepción vuelo vuelos aeropuerto billete billetes estación tren retraso equipaje pasaporte restaurante
  restaurantes menú platos postre bebida bebidas café vino agua comida cena almuerzo propina ayuda problema
  problemas solución error errores incidencia incidencias usuario contraseña acceso sesión registro
  configuración instalación actualización versión aplicación archivo archivos ordenador impresora pantalla
  red tiempo hora horas día semana semanas mes meses año años minuto minutos hoy mañana ayer lunes martes
  miércoles jueves viernes fin festivo enero febrero marzo junio septiembre setiembre octubre noviembre
  diciembre navidad cumpleaños boda defunción funeral inicio comienzo final duración plazo plazos calendario
  programa orden reunión reuniones acta informe informes resumen balance tabla lista índice introducción
  conclusión tema punto puntos ejemplo observaciones comentario importante advertencia peligro anuncio
  comunicado noticias novedades cambio cambios modificación horarios apertura cierre cerrado abierto entrada
  prohibido bienvenida bienvenidos aparcamiento miedo deseo sueño idea ideas opinión pensamiento sentimiento
  experiencia conocimientos cosa cosas forma manera caso casos razón causa efecto sentido valor posibilidad
  oportunidad riesgo ventaja desventaja decisión elección condición condiciones generales parte partes resto
  mayoría cifra altura tamaño peso por ciento dinero euros préstamo hipoteca intereses cuota cuotas deuda
  deudas ingresos pensión jubilación subsidio prestación ayudas ayuntamiento ministerio gobierno
  administración hacienda agencia tributaria delegación carné carnet identidad dni residencia escritura
  testamento herencia herederos compra comprador venta vendedor proveedor fabricante producto productos
  marca modelo garantía ventana pared suelo techo escalera ascensor enchufe radiador grifo ducha bañera
  lavabo mueble muebles armario cama sofá silla viento temperatura naturaleza medio ambiente aire tierra
  fuego río bosque animales perro gato caballo norte sur este oeste idioma idiomas español inglés francés
  alemán texto palabra palabras frase traducción traductor intérprete cultura arte música película películas
  libro libros periódico revista foto fotos imagen vídeo juego juegos deporte club asociación nuevo nueva
  nuevos primero primera segunda último última próximo próxima buena pequeño pequeña nosotros yo usted
  ustedes él ellos esta estos para con sin en sobre desde durante según sí no ninguno todos todas favor
  urgente confidencial lamentablemente sr sra srta dña avda nº núm tel ref att`,
  // Italian
  `sono alla alle allo agli dalla dalle nella nelle sulla sulle cartello
  fattura fatture numero importo totale subtotale imponibile iva imposta imposte prezzo prezzi quantità
  riferimento articolo articoli ordine ordini spedizione spedizioni consegna bolla cliente clienti servizio
  servizi assistenza supporto contratto contratti abbonamento abbonamenti disdetta recesso attivazione
  signor signore signora signori gentili egregio egregia buongiorno buonasera ciao grazie saluti cordiali
  distinti oggetto nome cognome data nascita luogo sesso cittadinanza nazionalità indirizzo residenza
  domicilio via viale vicolo località comune provincia regione paese città cap telefono cellulare recapito
  posta elettronica contatto contatti dati firma conto banca banche estratto movimenti bonifico bonifici
  addebito accredito saldo operazione operazioni causale beneficiario ordinante intestatario scadenza
  scadenze valuta pagamento pagamenti rimborso rimborsi acconto preventivo ricevuta scontrino quietanza
  affitto locazione locatore conduttore inquilino inquilini proprietario proprietaria appartamento
  abitazione camera camere cucina bagno soggiorno terrazzo garage cantina box cauzione deposito spese
  condominio amministratore riscaldamento caldaia manutenzione riparazione riparazioni guasto guasti danno
  danni sinistro perdita intervento tecnico appuntamento assicurazione assicurazioni assicurato polizza
  premio copertura tessera sanitaria sicurezza previdenza lavoro impiego datore dipendente dipendenti
  lavoratore lavoratrice personale risorse umane direzione direttore direttrice responsabile ufficio collega
  colleghi tirocinio stage candidatura offerta offerte posizione curriculum colloquio assunzione stipendio
  retribuzione busta paga cedolino ferie permesso permessi malattia orario turno azienda aziende società
  ditta sede filiale negozio negozi punto vendita legge leggi decreto tribunale giudice avvocato avvocata
  notaio sentenza ricorso reclamo reclami denuncia querela causa certificato certificati dichiarazione
  modulo moduli domanda domande richiesta richieste pratica pratiche documento documenti allegato allegati
  lettera lettere messaggio messaggi risposta risposte informazione informazioni avviso comunicazione
  promemoria sollecito invito convocazione conferma famiglia figlio figlia figli padre madre genitori
  fratello sorella nonno nonna zio marito moglie coniuge uomo persona persone gente vicino vicini scuola
  scuole asilo nido liceo istituto università alunno alunni studente studentessa studenti professore
  professoressa insegnante maestro maestra classe lezione lezioni materia voto voti pagella iscrizione esame
  esami diploma laurea medico dottore dottoressa ospedale clinica ambulatorio pronto soccorso paziente
  pazienti ricetta farmaco farmaci terapia diagnosi visita analisi radiografia vaccino farmacia infermiere
  infermiera dentista dolore febbre tosse allergia salute cure viaggio viaggi prenotazione prenotazioni
  arrivo partenza notte notti albergo alberghi hotel pensione ostello agriturismo colazione reception
  cancellazione volo voli aeroporto biglietto biglietti stazione treno binario ritardo bagaglio passaporto
  ristorante ristoranti menù menu piatto piatti antipasto bevande caffè vino acqua pane pranzo cena mancia
  tavolo coperto aiuto problema problemi soluzione errore errori utente password accesso registrazione
  codice impostazioni installazione aggiornamento versione applicazione file computer stampante schermo rete
  tempo ora ore giorno giorni settimana settimane mese mesi anno minuto minuti oggi domani ieri mattina
  pomeriggio lunedì martedì mercoledì giovedì venerdì festivo festività gennaio febbraio marzo aprile giugno
  luglio agosto settembre ottobre novembre dicembre compleanno matrimonio decesso funerale inizio fine
  durata termine termini calendario programma riunione riunioni verbale rapporto relazione riepilogo sintesi
  bilancio tabella elenco lista indice introduzione conclusione tema punti esempio osservazioni commento
  nota note importante attenzione avvertenza pericolo annuncio comunicato notizie novità modifica modifiche
  orari apertura chiusura chiuso aperto ingresso uscita vietato benvenuti parcheggio felicità paura sogno
  idea idee opinione pensiero sentimento esperienza conoscenze cosa cose forma modo caso casi ragione motivo
  effetto senso valore possibilità occasione rischio vantaggio svantaggio decisione scelta condizione
  condizioni generali parte parti resto maggioranza cifra altezza dimensione peso cento soldi euro prestito
  mutuo interessi rata rate debito debiti reddito redditi entrate uscite sussidio indennità municipio
  ministero governo amministrazione agenzia inps inail questura prefettura anagrafe patente identità fiscale
  atto testamento eredità erede acquisto acquirente venditore fornitore produttore prodotto prodotti marca
  modello garanzia reso cambio finestra muro pavimento soffitto tetto ascensore luce presa termosifone
  rubinetto doccia vasca lavandino mobile mobili armadio letto divano sedia meteo pioggia vento temperatura
  natura ambiente fuoco mare fiume animali cane nord sud est ovest lingua lingue italiano inglese francese
  tedesco spagnolo testo parola parole frase traduzione traduttore interprete cultura arte musica film libro
  libri giornale rivista foto immagine video gioco giochi sport squadra associazione nuovo nuova nuovi
  ultimo ultima prossimo prossima buona noi io loro questo questa questi con senza sotto presso durante dopo
  prima sì no nessuno tutti tutte prego favore urgente riservato purtroppo sig sigg dott tel rif fatt`,
  // Portuguese (European and Brazilian)
  `abraços abraço beijos beijinhos saudações remessa remessas conforme importação exportação desembaraço alfândega tributação declaração
  fatura faturas nota fiscal número valor total subtotal imposto impostos preço preços quantidade referência
  artigo artigos pedido pedidos encomenda encomendas entrega envio frete cliente clientes atendimento
  serviço serviços suporte contrato contratos assinatura cancelamento adesão senhor senhora senhores prezado
  prezada prezados olá bom boa tarde noite obrigado obrigada cumprimentos atenciosamente assunto nome
  apelido sobrenome data naturalidade nacionalidade sexo endereço morada rua avenida praça travessa bairro
  cidade município concelho distrito estado país código postal cep telefone telemóvel celular contato
  contacto correio eletrónico eletrônico dados conta contas banco bancos extrato movimentos transferência
  transferências débito crédito saldo depósito levantamento pagamento pagamentos boleto recibo recibos
  comprovante vencimento titular beneficiário descritivo reembolso devolução adiantamento orçamento aluguel
  aluguer arrendamento senhorio inquilino inquilinos locador locatário proprietário proprietária apartamento
  imóvel quarto quartos cozinha banheiro varanda garagem caução condomínio despesas aquecimento manutenção
  reparação conserto avaria avarias dano danos sinistro vazamento técnico marcação agendamento consulta
  seguro seguros segurado apólice prémio prêmio cobertura segurança social saúde plano trabalho emprego
  empresa empresas empregador empregado empregada funcionário funcionária funcionários colaborador
  colaboradores recursos humanos direção diretor diretora gerente gestor responsável chefe equipa equipe
  colega colegas estágio estagiário candidatura vaga vagas currículo entrevista contratação salário folha
  holerite férias licença doença baixa horário turno sociedade escritório sede filial loja lojas
  estabelecimento negócio leis decreto tribunal juiz advogado advogada notário cartório sentença processo
  recurso reclamação reclamações queixa denúncia certidão certificado atestado declaração formulário
  requerimento documento documentos anexo anexos cartas mensagem mensagens resposta respostas pergunta
  perguntas informação informações aviso notificação lembrete convite convocatória confirmação família filho
  filha filhos mãe irmão irmã avô avó marido esposa mulher homem pessoa pessoas vizinho vizinha escola
  escolas colégio creche universidade faculdade aluno aluna alunos estudante estudantes professor professora
  turma aula aulas disciplina notas matrícula inscrição exame exames diploma médico médica doutor doutora
  hospital clínica urgência paciente pacientes receita medicamento medicamentos tratamento diagnóstico
  análises vacina farmácia enfermeiro enfermeira dentista dor febre tosse alergia viagem viagens reserva
  reservas estadia hospedagem chegada partida saída noites hotel hotéis pousada albergue alojamento recepção
  receção voo voos aeroporto bilhete passagem estação comboio trem atraso bagagem passaporte restaurante
  restaurantes cardápio ementa prato pratos sobremesa bebida bebidas café vinho água almoço jantar gorjeta
  ajuda problema problemas solução erro erros utilizador usuário senha acesso registo cadastro configurações
  definições instalação atualização versão aplicação aplicativo ficheiro arquivo computador impressora ecrã
  tela rede tempo hora horas semana semanas mês meses ano anos minuto minutos hoje amanhã ontem manhã
  segunda terça quarta quinta sexta sábado feira fim feriado janeiro fevereiro março julho agosto setembro
  outubro novembro dezembro páscoa aniversário casamento óbito funeral início começo duração prazo prazos
  calendário programa reunião reuniões ata acta relatório relatórios resumo balanço tabela lista índice
  introdução conclusão tema ponto pontos exemplo observações comentário importante atenção perigo anúncio
  comunicado notícias novidades alteração alterações mudança funcionamento aberto fechado entrada proibido
  estacionamento felicidade medo desejo sonho ideia ideias opinião pensamento sentimento experiência
  conhecimentos coisa coisas forma maneira caso casos razão causa efeito sentido possibilidade oportunidade
  risco vantagem desvantagem decisão escolha condição condições gerais parte partes resto maioria altura
  tamanho peso por cento dinheiro euros reais empréstimo financiamento hipoteca juros prestação prestações
  dívida dívidas rendimento rendimentos pensão reforma aposentadoria subsídio benefício prefeitura junta
  freguesia ministério governo administração finanças federal carteira identidade cartão cidadão habilitação
  condução título residência escritura testamento herança herdeiro cpf rg nif nib compra comprador venda
  vendedor fornecedor fabricante produto produtos marca modelo garantia troca janela parede chão teto
  telhado escada elevador tomada aquecedor torneira chuveiro banheira lavatório móvel móveis armário cama
  sofá cadeira chuva vento temperatura natureza ambiente ar fogo floresta animais cão cachorro cavalo norte
  sul leste oeste língua idioma português inglês francês espanhol texto palavra palavras frase tradução
  tradutor intérprete cultura arte música filme filmes livro livros jornal revista foto fotos imagem vídeo
  jogo jogos desporto esporte clube associação novo novos primeiro primeira último última próximo próxima
  pequeno pequena nós eu você vocês ele eles este esta estes para com em sobre desde durante não nenhum
  todos todas favor urgente confidencial infelizmente sr sra dr dra tel ref av nº`,
  // Catalan
  `factura factures número import total subtotal iva impost impostos preu preus quantitat referència article
  articles comanda comandes lliurament enviament albarà client clients clienta servei serveis atenció suport
  contracte contractes subscripció alta baixa cancel·lació senyor senyora senyors benvolgut benvolguda
  benvolguts estimat estimada hola bon bona tarda nit gràcies salutacions cordialment atentament assumpte
  nom cognom cognoms data naixement lloc sexe nacionalitat adreça domicili carrer avinguda plaça passeig
  carretera camí pis codi postal ciutat població municipi comarca província país telèfon mòbil correu
  electrònic contacte dades signatura compte comptes banc bancs extracte moviments transferència
  transferències rebut rebuts domiciliació càrrec abonament saldo crèdit dèbit operació operacions concepte
  beneficiari ordenant titular venciment pagament pagaments cobrament reemborsament devolució bestreta
  pressupost justificant comprovant tiquet lloguer arrendament arrendador arrendatari llogater llogaters
  propietari propietària habitatge apartament habitació habitacions cuina bany menjador terrassa garatge
  traster fiança dipòsit despeses comunitat calefacció manteniment reparació reparacions avaria avaries
  danys sinistre fuita tècnic cita assegurança assegurances assegurat pòlissa cobertura seguretat social
  targeta sanitària treball feina ocupació empresa empreses empresari empleat empleada empleats treballador
  treballadora treballadors personal recursos humans direcció director directora responsable cap equip
  company companya companys candidatura oferta ofertes currículum entrevista contractació salari sou nòmina
  nòmines vacances permís malaltia horari jornada societat oficina oficines seu sucursal botiga botigues
  establiment negoci llei lleis decret jutjat tribunal jutge jutgessa advocat advocada notari notaria
  sentència demanda denúncia recurs reclamació reclamacions queixa queixes certificat certificats declaració
  formulari formularis sol·licitud sol·licituds expedient document documents annex annexos adjunt adjunts
  carta cartes missatge missatges resposta respostes pregunta preguntes informació avís notificació
  recordatori invitació convocatòria confirmació família fill filla fills filles pare mare pares germà
  germana àvia oncle tieta esposa home persona persones gent veí veïna veïns escola escoles institut
  universitat alumne alumna alumnes estudiant estudiants professor professora mestre mestra classe classes
  curs cursos assignatura nota notes matrícula examen exàmens títol llar infants metge metgessa doctor
  doctora hospital clínica consulta urgències pacient pacients recepta medicament medicaments tractament
  diagnòstic anàlisi radiografia vacuna farmàcia infermer infermera dentista dolor febre tos al·lèrgia salut
  viatge viatges reserva reserves estada arribada sortida nits hotel hotels hostal alberg esmorzar recepció
  vol vols aeroport bitllet bitllets estació tren retard equipatge passaport restaurant restaurants menú
  plat plats postres beguda begudes cafè aigua dinar sopar propina taula ajuda problema problemes solució
  error errors incidència incidències usuari contrasenya accés sessió registre configuració instal·lació
  actualització versió aplicació fitxer fitxers ordinador impressora pantalla xarxa temps hora hores dies
  setmana setmanes mes mesos any anys minut minuts avui demà ahir matí vespre dilluns dimarts dimecres
  dijous divendres dissabte diumenge festiu gener febrer març juny juliol agost setembre octubre novembre
  desembre aniversari casament defunció funeral inici començament final durada termini terminis calendari
  programa reunió reunions acta informe informes resum balanç llista índex introducció conclusió tema punt
  punts exemple observacions comentari important advertència perill anunci comunicat notícies novetats canvi
  canvis modificació horaris obertura tancament tancat obert entrada prohibit benvinguts benvingut
  aparcament felicitat por desig somni idea idees opinió pensament sentiment experiència coneixements cosa
  coses forma manera cas casos raó causa efecte sentit valor possibilitat oportunitat risc avantatge
  desavantatge decisió elecció condició condicions generals part parts resta majoria xifra alçada mida pes
  cent diners euros préstec hipoteca interessos quota quotes deute deutes ingressos pensió jubilació subsidi
  prestació ajuts ajuntament ministeri govern generalitat administració hisenda agència tributària consell
  comarcal diputació carnet identitat residència escriptura testament herència hereu compra comprador venda
  venedor proveïdor fabricant producte productes marca model garantia finestra paret sostre escala ascensor
  llum endoll radiador aixeta dutxa banyera rentamans moble mobles armari llit sofà cadira pluja vent
  temperatura natura medi ambient aire foc riu bosc animals gos gat cavall nord sud est oest idioma llengua
  català castellà anglès francès text paraula paraules frase traducció traductor intèrpret cultura art
  música pel·lícula pel·lícules llibre llibres diari revista foto fotos imatge vídeo joc jocs esport club
  associació nou nous primer primera segon segona últim última proper propera nosaltres vostè vostès ell
  ells aquest aquesta aquests amb sense sobre des durant segons no tots totes si us plau urgent confidencial
  lamentablement sr sra srta tel ref avda`,
  // Polish
  `rok roku szkoły szkoła podstawowej podstawowa wniosek rekrutacja przyjęcie
  faktura faktury numer kwota razem netto brutto podatek vat cena ceny ilość zamówienie zamówienia dostawa
  wysyłka przesyłka paragon rachunek rachunki klient klienta klienci klientka obsługa pomoc wsparcie umowa
  umowy umowę abonament wypowiedzenie rezygnacja szanowny szanowna szanowni panie pani państwo dzień dobry
  witam dziękuję pozdrawiam pozdrowienia temat dotyczy imię imiona nazwisko data urodzenia miejsce płeć
  obywatelstwo adres ulica aleja plac osiedle mieszkanie kod pocztowy miejscowość miasto gmina powiat
  województwo kraj telefon komórka poczta kontakt dane podpis konto bank przelew przelewy wpłata wypłata
  saldo obciążenie uznanie tytuł odbiorca nadawca zleceniodawca termin płatność płatności opłata opłaty
  zaliczka zwrot korekta czynsz najem wynajem najemca wynajmujący właściciel właścicielka lokal pokój
  kuchnia łazienka balkon piwnica garaż kaucja media ogrzewanie naprawa awaria usterka szkoda ubezpieczenie
  polisa składka zakład ubezpieczeń zdrowotne praca pracodawca pracownik pracownicy pracownica kadry dział
  dyrektor dyrektorka kierownik kierowniczka zespół firma spółka biuro oddział siedziba sklep ogłoszenie
  oferta stanowisko rekrutacja rozmowa wynagrodzenie pensja urlop zwolnienie lekarskie choroba zaświadczenie
  prawo ustawa sąd sędzia adwokat radca notariusz wyrok pozew skarga reklamacja odwołanie wniosek wnioski
  formularz oświadczenie pełnomocnictwo zgoda załącznik załączniki dokument dokumenty list pismo wiadomość
  odpowiedź pytanie informacja powiadomienie przypomnienie zaproszenie potwierdzenie wezwanie rodzina syn
  córka ojciec matka rodzice brat siostra dziadek babcia mąż żona dziecko dzieci osoba osoby sąsiad szkoła
  przedszkole uczeń uczniowie uczennica nauczyciel nauczycielka klasa lekcja lekcje przedmiot ocena oceny
  świadectwo egzamin uczelnia uniwersytet student studentka legitymacja lekarz lekarka szpital przychodnia
  pacjent pacjentka recepta lek leki leczenie diagnoza badanie badania wizyta skierowanie apteka
  pielęgniarka dentysta podróż rezerwacja przyjazd wyjazd nocleg noclegi hotel śniadanie recepcja lot
  lotnisko bilet bilety dworzec pociąg autobus bagaż paszport restauracja menu obiad kolacja kawa herbata
  woda problem błąd hasło login użytkownik ustawienia instalacja aktualizacja wersja aplikacja plik komputer
  czas godzina godziny dni tydzień tygodnie miesiąc lata dzisiaj jutro wczoraj poniedziałek wtorek środa
  czwartek piątek sobota niedziela styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień
  październik listopad grudzień stycznia lutego marca kwietnia czerwca lipca sierpnia września października
  listopada grudnia święta boże narodzenie wielkanoc urodziny ślub pogrzeb początek koniec plan harmonogram
  spotkanie zebranie protokół raport sprawozdanie podsumowanie tabela lista spis treści wstęp zakończenie
  uwagi uwaga ważne ostrzeżenie komunikat zmiana zmiany otwarcia zamknięte otwarte wejście wyjście zakaz
  witamy parking urząd gminy miasta skarbowy zus nfz dowód osobisty jazdy pesel nip regon krs zameldowanie
  nowy nowa pierwszy ostatni następny duży proszę dziękujemy niestety pilne ul nr tel godz zł`,
  // Czech
  `faktura faktury číslo částka celkem cena ceny množství daň dph objednávka objednávky dodávka doprava
  zásilka účtenka doklad zákazník zákazníka zákazníci zákaznice podpora pomoc servis smlouva smlouvy výpověď
  předplatné vážený vážená vážení pane paní dobrý den večer děkuji děkujeme pozdravem pozdravy předmět věc
  jméno příjmení datum narození místo pohlaví státní občanství adresa ulice náměstí třída bydliště psč obec
  město okres kraj země telefon mobil email kontakt údaje podpis účet účtu banka převod platba platby výpis
  zůstatek příkaz splatnost variabilní symbol konstantní specifický příjemce plátce zálohy záloha vratka
  poplatek poplatky nájem nájemné nájemník pronajímatel vlastník byt byty pokoj kuchyně koupelna balkon
  sklep garáž kauce služby topení oprava porucha škoda údržba pojištění pojistka pojistná pojišťovna
  pojistné práce zaměstnavatel zaměstnanec zaměstnanci zaměstnankyně personální oddělení ředitel ředitelka
  vedoucí tým firma společnost kancelář pobočka sídlo obchod prodejna nabídka inzerát pozice pohovor mzda
  plat dovolená nemoc nemocenská potvrzení zákon soud soudce advokát notář rozsudek žaloba stížnost
  reklamace odvolání žádost žádosti formulář prohlášení plná moc souhlas příloha přílohy dokument dokumenty
  dopis zpráva odpověď otázka informace oznámení upozornění připomínka pozvánka výzva rodina syn dcera otec
  matka rodiče bratr sestra dědeček babička manžel manželka dítě děti osoba osoby soused škola školka žák
  žáci žákyně učitel učitelka hodina známka známky vysvědčení zkouška univerzita vysoká student studentka
  lékař lékařka nemocnice ordinace poliklinika pacient pacientka recept lék léky léčba diagnóza vyšetření
  návštěva lékárna zubař cesta výlet rezervace příjezd odjezd ubytování penzion snídaně recepce let letiště
  jízdenka letenka nádraží vlak autobus zavazadla pas restaurace jídelní lístek oběd večeře káva čaj voda
  pivo problém chyba heslo uživatel nastavení instalace aktualizace verze aplikace soubor počítač čas hodiny
  dny týden měsíc roky dnes zítra včera pondělí úterý středa čtvrtek pátek sobota neděle leden únor březen
  duben květen červen červenec srpen září říjen listopad prosinec ledna února března dubna května června
  července srpna října listopadu prosince vánoce velikonoce narozeniny svatba pohřeb začátek konec plán
  harmonogram schůzka porada zápis přehled shrnutí tabulka seznam obsah úvod závěr poznámka poznámky
  důležité varování změna změny otevírací doba zavřeno otevřeno vchod východ zákaz vítejte parkoviště úřad
  finanční městský obecní živnostenský občanský průkaz řidičský rodné ičo dič nový nová první poslední další
  velký ano ne prosím bohužel naléhavé ul tel kč`,
  // Romanian
  `factură facturi factura număr numărul total preț prețuri cantitate taxă taxe impozit tva comandă comanda
  comenzi livrare expediere colet bon chitanță client clienți clientul serviciu servicii asistență suport
  contract contracte abonament reziliere stimate stimată stimați domnule doamnă doamna domnul domnului bună
  ziua seara mulțumesc mulțumim salut stimă respect subiect referitor nume prenume data nașterii locul sex
  cetățenie naționalitate adresă adresa strada str bulevardul bloc scara etaj apartament sector județ
  județul localitate oraș comuna țara cod poștal telefon mobil contact date semnătura semnătură cont conturi
  bancă banca extras transfer plată plăți plata sold debit credit beneficiar ordonator titular scadență
  scadenta dobândă rată rate împrumut chirie chiriaș proprietar proprietară locuință casă camera cameră
  bucătărie baie balcon pivniță garaj garanție întreținere asociația asociație încălzire centrală reparație
  defecțiune avarie daune asigurare asigurări poliță asigurat sănătate muncă munca angajator angajat
  angajați salariat salariați resurse umane departament director directoare manager șef echipa echipă coleg
  colegi firmă firma societate birou sediu filială magazin anunț ofertă post interviu salariu concediu
  medical adeverință certificat lege legea tribunal judecătoria instanța judecător avocat notar sentință
  hotărâre plângere reclamație contestație cerere formular declarație împuternicire acord anexă anexe
  document documente dosar scrisoare mesaj răspuns întrebare informare informații notificare invitație
  confirmare convocare somație familie familia fiu fiică mamă părinți frate soră bunic bunică soț soție
  copil copii persoană persoane vecin școală școala grădiniță elev elevi profesor profesoară învățător
  învățătoare clasa clasă materie notă note examen universitate facultate student studentă diplomă medic
  doctor spital clinică cabinet pacient pacientă rețetă medicament medicamente tratament diagnostic analize
  consultație internare vaccin farmacie asistentă dentist călătorie rezervare rezervarea sosire plecare
  cazare pensiune hotel mic dejun recepție zbor aeroport bilet gară tren autobuz bagaj pașaport restaurant
  meniu prânz cină cafea apă problemă eroare parolă utilizator setări instalare actualizare versiune
  aplicație fișier calculator timp ora oră zi zile săptămână luni azi astăzi mâine ieri marți miercuri joi
  vineri sâmbătă duminică ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie
  decembrie crăciun paște sărbători aniversare nuntă înmormântare început sfârșit plan program ședință
  întâlnire raport rezumat tabel listă cuprins introducere concluzie observații atenție important
  avertisment modificare modificări deschis închis intrare ieșire interzis bine ați venit parcare primăria
  primărie prefectura ministerul guvernul administrația anaf buletin carte identitate permis conducere cnp
  nou nouă primul ultima următor mare da nu vă rog din păcate urgent nr tel bl sc ap et jud`,
  // Hungarian
  `számla számlák számlaszám számlázási összeg összesen végösszeg nettó bruttó áfa adó ár árak mennyiség
  rendelés rendelések megrendelés szállítás szállítási csomag nyugta bizonylat ügyfél ügyfelek
  ügyfélszolgálat vevő vásárló szolgáltatás szolgáltató segítség támogatás szerződés szerződések előfizetés
  felmondás tisztelt kedves uram asszonyom hölgyem jó napot estét köszönöm köszönjük üdvözlettel
  tisztelettel üdvözlöm tárgy név neve vezetéknév keresztnév születési dátum hely helye idő neme
  állampolgárság lakcím cím címe utca út tér körút irányítószám település város község megye ország telefon
  telefonszám mobil email elérhetőség adatok aláírás bankszámla bank átutalás utalás befizetés kifizetés
  egyenleg terhelés jóváírás kedvezményezett közlemény határidő díj díjak előleg visszatérítés bérleti
  bérlet bérlő bérbeadó tulajdonos lakás ház szoba konyha fürdőszoba erkély pince garázs kaució rezsi fűtés
  javítás meghibásodás kár karbantartás biztosítás biztosító kötvény biztosított egészségbiztosítás munka
  munkahely munkáltató munkavállaló munkatárs munkatársak alkalmazott osztály igazgató vezető csapat cég
  társaság iroda fiók székhely üzlet bolt állás hirdetés pozíció állásinterjú fizetés bér szabadság betegség
  igazolás törvény bíróság ügyvéd közjegyző ítélet kereset panasz reklamáció fellebbezés kérelem kérvény
  nyomtatvány űrlap nyilatkozat meghatalmazás hozzájárulás melléklet mellékletek dokumentum dokumentumok
  levél üzenet válasz kérdés információ értesítés emlékeztető meghívó visszaigazolás megerősítés felszólítás
  család fia lánya apa szülők testvér nagymama nagyapa férj feleség gyerek gyermek gyerekek személy
  személyek szomszéd iskola óvoda bölcsőde diák tanuló tanár tanárnő osztályfőnök óra tantárgy jegy
  bizonyítvány vizsga egyetem főiskola hallgató orvos háziorvos kórház rendelő beteg páciens recept
  gyógyszer gyógyszerek kezelés diagnózis vizsgálat beutaló gyógyszertár patika ápoló fogorvos utazás
  foglalás foglalási szállás szálláshely érkezés távozás indulás éjszaka szálloda panzió reggeli recepció
  járat repülőtér vonat pályaudvar busz csomagok útlevél étterem étlap ebéd vacsora kávé tea víz sör
  probléma hibaüzenet jelszó felhasználó felhasználónév beállítások telepítés frissítés verzió alkalmazás
  fájl számítógép nap napok hét hónap év évek perc holnap tegnap reggel este hétfő kedd szerda csütörtök
  péntek szombat vasárnap január február március április május június július augusztus szeptember október
  november december karácsony húsvét születésnap esküvő temetés ünnep kezdés vége terv program értekezlet
  megbeszélés jegyzőkönyv jelentés beszámoló összefoglaló táblázat lista tartalom bevezetés összegzés
  megjegyzés figyelem fontos figyelmeztetés változás változások nyitvatartás nyitva zárva bejárat kijárat
  tilos üdvözöljük parkoló önkormányzat polgármesteri hivatal kormányhivatal okmányiroda adóhivatal nav
  személyi igazolvány lakcímkártya jogosítvány adóazonosító új első utolsó következő igen nem kérem sajnos
  sürgős ker tel sz hrsz kft bt zrt nyrt`,
  // Turkish
  `fatura faturalar numarası tutar toplam kdv vergi fiyat fiyatlar miktar sipariş siparişler teslimat kargo
  gönderi paket fiş makbuz müşteri müşteriler hizmetleri hizmet hizmetler destek yardım sözleşme sözleşmeler
  abonelik iptal sayın değerli merhaba iyi günler akşamlar teşekkürler teşekkür ederim saygılarımla selamlar
  konu ilgi ad adı soyad soyadı doğum tarihi yeri cinsiyet uyruk adres mahalle cadde sokak bulvar apartman
  daire no ilçe il şehir posta kodu ülke telefon cep eposta iletişim bilgiler bilgileri imza hesap hesabı
  banka havale eft ödeme ödemeler bakiye borç alacak açıklama alıcı gönderen vade taksit kredi kart kartı
  dekont kiracı ev sahibi mülk mutfak banyo balkon bodrum garaj depozito aidat yönetim doğalgaz elektrik
  tamir arıza hasar bakım sigorta poliçe sigortalı prim sağlık iş işveren çalışan çalışanlar personel insan
  kaynakları departman bölüm müdür müdürü yönetici ekip şirket firma ofis şube merkez mağaza başvuru
  pozisyon mülakat maaş ücret bordro izin yıllık rapor hastalık belge kanun yasa mahkeme avukat noter karar
  dava şikayet itiraz dilekçe form beyan vekaletname onay ekler evrak mektup mesaj cevap yanıt soru
  bilgilendirme bildirim hatırlatma davet davetiye onaylama tebligat aile oğlu kızı baba ebeveyn kardeş abi
  abla babaanne anneanne eşi kocası karısı çocuk çocuklar kişi kişiler komşu okul anaokulu öğrenci öğretmen
  sınıf ders dersler not notlar karne sınav üniversite fakülte müdürlüğü diploma doktor hekim hastane klinik
  muayene hasta reçete ilaç ilaçlar tedavi teşhis tahlil randevu eczane hemşire diş seyahat rezervasyon
  giriş çıkış konaklama otel pansiyon kahvaltı resepsiyon uçuş havalimanı havaalanı bilet gar tren otobüs
  bagaj pasaport restoran menü öğle yemeği akşam yemek kahve çay sorun hata şifre parola kullanıcı ayarlar
  kurulum güncelleme sürüm uygulama dosya bilgisayar saat gün hafta yıl dakika bugün yarın dün pazartesi
  salı çarşamba perşembe cumartesi pazar ocak şubat mayıs haziran temmuz ağustos ekim aralık günü düğün
  cenaze başlangıç son plan program toplantı tutanak özet tablo liste içindekiler sonuç dikkat önemli uyarı
  duyuru değişiklik çalışma saatleri açık kapalı yasak hoş geldiniz otopark belediye valilik kaymakamlık
  bakanlık dairesi nüfus kimlik ehliyet tc sgk yeni ilk sonraki büyük evet hayır lütfen maalesef acil mah
  cad sok tel apt`,
  // Swedish
  `faktura fakturor fakturanummer belopp summa totalt moms skatt pris priser beställning beställningar
  leverans frakt paket kvitto ordernummer kund kunder kundnummer kundtjänst kundservice tjänst tjänster
  support hjälp avtal avtalet abonnemang uppsägning hej hejsan hälsningar vänliga bästa tack tackar kära
  ärende angående namn förnamn efternamn födelsedatum personnummer adress gatuadress postnummer ort postort
  land kommun län telefon telefonnummer mobil mobilnummer kontakt kontaktuppgifter uppgifter underskrift
  konto kontonummer bankgiro plusgiro bank betalning betalningar överföring insättning uttag saldo
  förfallodatum mottagare avsändare referens ocr hyra hyresgäst hyresvärd lägenhet bostad rum kök badrum
  balkong förråd garage deposition hyresavtal värme reparation fel skada underhåll felanmälan försäkring
  försäkringar försäkringsnummer premie självrisk arbete jobb arbetsgivare anställd anställning medarbetare
  personal chef avdelning företag kontor ansökan lön semester sjukdom intyg ledighet lag domstol advokat
  överklagande klagomål reklamation blankett formulär fullmakt samtycke bilaga bilagor dokument brev
  meddelande svar fråga information påminnelse inbjudan bekräftelse kallelse familj barn dotter pappa mamma
  föräldrar bror syster mormor morfar farmor farfar make maka person skola förskola elev elever lärare klass
  lektion betyg prov universitet högskola student läkare sjukhus vårdcentral patient recept läkemedel
  behandling undersökning remiss apotek sjuksköterska tandläkare resa bokning bokningsnummer ankomst avresa
  incheckning utcheckning boende hotell vandrarhem frukost reception flyg flygplats biljett station tåg buss
  bagage pass restaurang meny lunch middag kaffe vatten problem lösenord användare användarnamn
  inställningar installation uppdatering version app fil dator tid timme timmar dagar vecka veckor månad år
  minut idag imorgon igår måndag tisdag onsdag torsdag fredag lördag söndag januari februari juni augusti
  september oktober november december jul påsk midsommar födelsedag bröllop begravning början slut plan
  program möte mötet protokoll rapport sammanfattning tabell lista innehåll inledning slutsats observera
  viktigt varning ändring ändringar öppettider öppet stängt ingång utgång förbjudet välkommen parkering
  skatteverket försäkringskassan arbetsförmedlingen kommunen myndighet körkort legitimation ny nya första
  sista nästa stor liten ja nej tyvärr brådskande nr tel`,
  // Norwegian (Bokmål)
  `faktura fakturaer fakturanummer beløp sum totalt mva moms skatt pris priser antall bestilling bestillinger
  levering frakt pakke kvittering ordrenummer kunde kunder kundenummer kundeservice kundesenter tjeneste
  tjenester støtte hjelp avtale avtaler abonnement oppsigelse hei hilsen vennlig beste takk kjære emne
  angående vedrørende navn fornavn etternavn fødselsdato fødselsnummer adresse gateadresse postnummer
  poststed sted land kommune fylke telefon telefonnummer mobil mobilnummer kontakt kontaktinformasjon
  opplysninger underskrift signatur konto kontonummer bank betaling betalinger overføring innbetaling
  utbetaling saldo forfallsdato mottaker avsender kid kontoutskrift nettbank husleie leie leietaker utleier
  leilighet bolig rom kjøkken bad stue balkong bod garasje depositum leiekontrakt oppvarming reparasjon feil
  skade vedlikehold forsikring forsikringer polise egenandel forsikringsselskap arbeid jobb arbeidsgiver
  arbeidstaker ansatt ansatte medarbeider personal leder sjef avdeling firma selskap bedrift kontor søknad
  stilling lønn ferie sykdom sykemelding attest permisjon arbeidsavtale lov tingrett advokat klage
  reklamasjon skjema fullmakt samtykke vedlegg dokument dokumenter brev melding svar spørsmål informasjon
  påminnelse invitasjon bekreftelse innkalling varsel familie barn sønn datter far mor foreldre bror søster
  mormor morfar farmor farfar ektefelle person personer nabo skole barnehage elev elever lærer klasse time
  fag karakter karakterer prøve eksamen universitet høgskole student lege fastlege sykehus legekontor
  pasient resept medisin behandling undersøkelse henvisning apotek sykepleier tannlege reise
  bestillingsnummer ankomst avreise innsjekking utsjekking overnatting hotell frokost resepsjon fly flyplass
  billett stasjon tog buss bagasje pass restaurant meny lunsj middag kaffe vann problem passord bruker
  brukernavn innstillinger installasjon oppdatering versjon app fil datamaskin tid timer dager uke uker
  måned måneder år minutt minutter idag imorgen igår mandag tirsdag onsdag torsdag fredag lørdag søndag
  januar februar mars juni juli september oktober november desember jul påske bursdag bryllup begravelse
  start slutt plan program møte referat rapport sammendrag tabell liste innhold innledning konklusjon
  merknad viktig advarsel endring endringer åpningstider åpent stengt inngang utgang forbudt velkommen
  parkering skatteetaten nav folkeregisteret politiet kommunen statens vegvesen førerkort legitimasjon ny
  nye første siste neste stor liten ja nei dessverre haster nr tlf`,
  // Danish
  `faktura fakturaer fakturanummer beløb sum total moms skat pris priser bestilling bestillinger levering
  fragt pakke kvittering ordrenummer kunde kunder kundenummer kundeservice tjeneste ydelse ydelser støtte
  hjælp aftale aftaler abonnement opsigelse hej hilsen venlig venlige bedste kære emne vedrørende angående
  navn fornavn efternavn fødselsdato cpr adresse postnummer by land kommune region telefon telefonnummer
  mobil mobilnummer kontakt kontaktoplysninger oplysninger underskrift konto kontonummer registreringsnummer
  bank betaling betalinger overførsel indbetaling udbetaling saldo forfaldsdato modtager afsender
  betalingsservice kontoudtog netbank husleje leje lejer udlejer lejlighed bolig værelse køkken badeværelse
  stue altan kælder garage depositum lejekontrakt varme reparation fejl skade vedligeholdelse forsikring
  forsikringer police selvrisiko forsikringsselskab arbejde job arbejdsgiver ansat ansatte medarbejder
  medarbejdere personale leder chef afdeling firma virksomhed selskab kontor ansøgning stilling løn ferie
  sygdom sygemelding lægeerklæring ansættelseskontrakt lønseddel lov byret advokat klage reklamation blanket
  formular fuldmagt samtykke bilag dokument dokumenter brev besked meddelelse svar spørgsmål information
  påmindelse invitation bekræftelse indkaldelse familie barn børn søn datter far mor forældre bror søster
  mormor morfar farmor farfar ægtefælle person personer nabo skole børnehave vuggestue elev elever lærer
  klasse time fag karakter karakterer prøve eksamen universitet studerende læge lægehus hospital sygehus
  patient recept medicin behandling undersøgelse henvisning apotek sygeplejerske tandlæge rejse booking
  bookingnummer ankomst afrejse indtjekning udtjekning overnatning hotel morgenmad reception fly lufthavn
  billet station tog bus bagage pas restaurant menu frokost middag kaffe vand problem adgangskode bruger
  brugernavn indstillinger installation opdatering version app fil computer tid timer dage uge uger måned
  måneder år minut minutter idag imorgen igår mandag tirsdag onsdag torsdag fredag lørdag søndag januar
  februar marts juni juli september oktober november december jul påske fødselsdag bryllup begravelse start
  slut plan program møde referat rapport sammenfatning tabel liste indhold indledning konklusion bemærkning
  vigtigt advarsel ændring ændringer åbningstider åbent lukket indgang udgang forbudt velkommen parkering
  borgerservice kommunen politiet sundhedskort kørekort legitimation mitid ny nye første sidste næste stor
  lille ja nej desværre haster nr tlf`,
  // Finnish
  `lasku laskut laskun laskunumero summa yhteensä alv vero hinta hinnat määrä tilaus tilaukset toimitus rahti
  paketti kuitti viitenumero viite eräpäivä asiakas asiakkaat asiakasnumero asiakaspalvelu palvelu palvelut
  tuki apu sopimus sopimukset tilausmaksu irtisanominen hei moi terveisin ystävällisin hyvä kiitos arvoisa
  aihe koskien nimi etunimi sukunimi syntymäaika henkilötunnus osoite katuosoite postinumero
  postitoimipaikka paikkakunta kunta maa kaupunki puhelin puhelinnumero matkapuhelin sähköposti yhteystiedot
  tiedot allekirjoitus tili tilinumero pankki maksu maksut tilisiirto saldo saaja maksaja tiliote
  verkkopankki vuokra vuokralainen vuokranantaja asunto huoneisto huone keittiö kylpyhuone parveke kellari
  autotalli vakuus vuokrasopimus lämmitys korjaus vahinko huolto isännöitsijä taloyhtiö vakuutus vakuutukset
  vakuutusyhtiö omavastuu vakuutusnumero työ työpaikka työnantaja työntekijä työntekijät henkilöstö esimies
  johtaja osasto yritys yhtiö toimisto hakemus työpaikkailmoitus palkka loma sairaus sairausloma todistus
  työsopimus palkkalaskelma laki tuomioistuin käräjäoikeus asianajaja tuomio valitus reklamaatio lomake
  valtakirja suostumus liite liitteet asiakirja asiakirjat kirje viesti vastaus kysymys tiedote ilmoitus
  muistutus kutsu vahvistus perhe lapsi lapset poika tytär isä äiti vanhemmat veli sisko isoäiti isoisä
  puoliso mies vaimo henkilö naapuri koulu päiväkoti oppilas oppilaat opettaja luokka oppitunti arvosana koe
  tentti yliopisto ammattikorkeakoulu opiskelija lääkäri sairaala terveyskeskus potilas resepti lääke hoito
  tutkimus lähete apteekki sairaanhoitaja hammaslääkäri matka varaus varausnumero saapuminen lähtö majoitus
  hotelli aamiainen vastaanotto lento lentokenttä lippu asema juna bussi matkatavarat passi ravintola
  ruokalista lounas päivällinen kahvi vesi ongelma virhe salasana käyttäjä käyttäjätunnus asetukset asennus
  päivitys versio sovellus tiedosto tietokone aika tunti tunnit päivä päivät viikko kuukausi vuosi minuutti
  tänään huomenna eilen maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai tammikuu helmikuu
  maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu tammikuuta
  helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta
  joulukuuta joulu pääsiäinen juhannus syntymäpäivä häät hautajaiset alku loppu suunnitelma ohjelma kokous
  pöytäkirja raportti yhteenveto taulukko luettelo lista sisällys johdanto huomio huom tärkeää varoitus
  muutos muutokset aukioloajat avoinna suljettu sisäänkäynti uloskäynti kielletty tervetuloa pysäköinti
  verohallinto kela maistraatti poliisi ajokortti henkilökortti uusi ensimmäinen viimeinen seuraava iso
  pieni kyllä ei valitettavasti kiireellinen puh nro`,
  // Indonesian / Malay
  `faktur tagihan nomor jumlah total subtotal pajak ppn harga kuantitas pesanan pemesanan pengiriman paket
  kiriman kuitansi nota struk invois resit pelanggan layanan pelayanan bantuan dukungan kontrak perjanjian
  langganan pembatalan berlangganan yth kepada bapak ibu saudara saudari hormat terima pagi siang sore malam
  halo perihal lampiran nama lengkap tanggal lahir tempat jenis kelamin kewarganegaraan alamat jalan jl gang
  kelurahan kecamatan kabupaten provinsi negara kode pos desa telepon ponsel hp email kontak data tanda
  tangan rekening bank transfer setoran penarikan saldo mutasi penerima pengirim keterangan jatuh tempo
  pembayaran bayar cicilan angsuran pinjaman kredit debit sewa penyewa pemilik rumah kamar dapur mandi
  garasi apartemen kontrakan deposit listrik air perbaikan kerusakan perawatan asuransi polis premi klaim
  kesehatan kerja pekerjaan perusahaan karyawan pegawai staf personalia sumber manusia manajer direktur
  kepala bagian divisi kantor cabang toko lowongan lamaran posisi wawancara gaji upah cuti sakit surat hukum
  undang pengadilan pengacara notaris putusan gugatan keluhan pengaduan permohonan formulir pernyataan kuasa
  persetujuan dokumen berkas pesan balasan jawaban pertanyaan informasi pemberitahuan pengumuman pengingat
  undangan konfirmasi keluarga anak ayah suami istri kakak adik kakek nenek orang tua tetangga sekolah murid
  siswa siswi guru kelas pelajaran nilai rapor ujian universitas kampus mahasiswa mahasiswi dokter klinik
  puskesmas pasien resep obat pengobatan diagnosa pemeriksaan apotek perawat perjalanan reservasi kedatangan
  keberangkatan penginapan hotel sarapan resepsionis penerbangan tiket stasiun kereta bus bagasi paspor
  restoran menu makan kopi teh masalah kesalahan sandi pengguna pengaturan instalasi pembaruan versi
  aplikasi komputer waktu jam minggu tahun menit ini besok kemarin senin selasa rabu kamis jumat sabtu
  januari februari maret juni juli agustus september oktober november desember lebaran imlek ulang
  pernikahan pemakaman awal akhir rencana jadwal acara rapat notulen laporan ringkasan tabel daftar isi
  pendahuluan kesimpulan catatan perhatian penting peringatan perubahan buka tutup masuk keluar dilarang
  parkir kependudukan ktp kk npwp bpjs kartu identitas baru pertama terakhir berikutnya besar kecil ya tidak
  tolong mohon maaf segera no telp rt rw`,
  // Vietnamese (syllables, written with their diacritics)
  `hóa đơn số tiền tổng cộng thuế giá lượng hàng giao vận chuyển gói biên khách dịch vụ hỗ trợ chăm sóc hợp
  đăng ký hủy kính gửi thưa bà chị chào cảm ơn chúc tiêu đề về việc họ tên ngày sinh nơi giới tính tịch địa
  chỉ đường phố phường xã quận huyện tỉnh nhà điện thoại động tử hệ tin chữ khoản nạp rút dư người nhận nội
  toán trả góp vay thuê chủ căn hộ phòng bếp tắm để xe cọc nước sửa chữa hỏng trì hiểm sức khỏe tế công làm
  ty nhân viên sự giám đốc trưởng bộ phận nhánh cửa tuyển dụng ứng vị phỏng vấn nghỉ phép ốm giấy xác luật
  tòa án sư chứng bản khiếu nại biểu mẫu tờ ủy quyền ý liệu sơ nhắn lời câu hỏi báo nhắc nhở mời con trai
  gái bố mẹ chồng vợ ngoại xóm học giáo thầy cô lớp môn điểm bạ kỳ đại bác sĩ bệnh viện khám thuốc điều trị
  chẩn đoán tá nha lịch đặt đến đi sạn bữa lễ chuyến bay sân vé ga tàu buýt hành chiếu thực trưa tối cà phê
  lỗi mật khẩu dùng cài cập phiên tệp máy thời gian giờ tuần tháng phút hôm nay qua thứ tư năm sáu bảy tết
  giáng đám cưới bắt đầu kết thúc kế hoạch cuộc họp cáo tóm tắt bảng sách mục thiệu luận ghi chú cảnh thay
  đổi mở đóng lối vào ra cấm mừng bãi dân sở cục cước lái mới cuối cùng tiếp lớn nhỏ có không vui lòng khẩn
  sđt đt tp`,
  // Tagalog / Filipino
  `resibo singil bayarin halaga kabuuan presyo dami buwis order padala paghahatid kostumer kliyente serbisyo
  tulong suporta kontrata kasunduan subscription ginoo ginang binibini magandang umaga hapon salamat po
  maraming pagbati lubos gumagalang pangalan apelyido kapanganakan petsa lugar kasarian pagkamamamayan
  tirahan kalye barangay lungsod lalawigan probinsya bansa telepono numero cellphone email impormasyon lagda
  pirma bangko deposito balanse bayad pagbabayad hulog utang pautang upa umuupa bahay kuwarto kusina banyo
  garahe kuryente tubig pagkukumpuni sira seguro kalusugan trabaho kompanya kumpanya empleyado kawani tauhan
  manedyer direktor pinuno opisina sangay tindahan aplikasyon posisyon panayam sahod suweldo bakasyon sakit
  sertipiko batas korte hukuman abogado reklamo sumbong porma kasulatan pahintulot dokumento sulat liham
  mensahe sagot tanong paalala abiso anunsyo imbitasyon kumpirmasyon pamilya anak tatay nanay asawa kapatid
  kuya ate kapitbahay paaralan eskwelahan estudyante guro klase asignatura marka grado pagsusulit
  unibersidad kolehiyo doktor ospital klinika pasyente reseta gamot paggamot pagsusuri botika nars dentista
  biyahe paglalakbay reserbasyon pagdating hotel almusal pagkain paliparan tiket istasyon tren bus bagahe
  pasaporte kainan tanghalian hapunan kape problema mali password gumagamit setting bersyon file kompyuter
  oras araw linggo buwan taon minuto ngayon bukas kahapon lunes martes miyerkules huwebes biyernes sabado
  enero pebrero marso hunyo hulyo agosto setyembre oktubre nobyembre disyembre pasko bagong kaarawan kasal
  libing simula katapusan plano iskedyul pulong ulat buod talaan listahan paunawa babala mahalaga pagbabago
  sarado pasukan labasan bawal maligayang paradahan munisipyo cityhall kagawaran pamahalaan lisensya sss
  philhealth tin bago huli susunod malaki maliit oo hindi paki pakiusap paumanhin agad blg punong`,
  // Trade and customs papers (Spanish, Portuguese, Italian, Turkish): goods, carrier, driver, plate, broker.
  `mercancía mercancías mercadería transportista conductor placa matrícula remitente destinatario aduana
  aduanal aduanero corredor despachante agente pedimento bultos mercadoria transportadora motorista remetente
  desembaraço vettore autista targa merce spedizioniere sdoganamento gümrük müşavir müşaviri beyanname
  alıcı gönderici taşıyıcı plaka sürücü ruhsat başvurusu başvuru belediyesi belediye vergisi sanayi bölgesi`,
];

/** Every common capitalised word of the lists, lower case, as written (NFC) and as its plain ASCII fold. */
export const WORLD_COMMON_WORDS: ReadonlySet<string> = nameListSet(GROUPS, LEFT_OUT);
