/**
 * @module privacy/pii/org-gazetteer — well-known organisations, brands and products that support chat
 * names in the positions a person takes ("Aer Lingus lost my bag", "Humira copay went up").
 *
 * Written from general knowledge on 2026-11-25 (large insurers, health systems, pharmacies, drugs,
 * banks, payment apps, airlines, rail, telecoms, retailers, delivery, software and devices across
 * many countries), not from any evaluation corpus' value lists. Many entries are made of words that are
 * neither English words nor listed names ("Kaiser Permanente", "Intesa Sanpaolo"), so nothing else in
 * the detector can tell them from "First Last". Brands named after a founder are listed only where the
 * person reading is rare in support chat ("Charles Schwab", "Tim Hortons"); "John Lewis" is not. A brand
 * that is also a common family name is listed only in a longer form ("Banco Santander", not
 * "Santander"; no "Molina", "Renault", "Hopper"), because a listed one-word brand breaks a name.
 */

/**
 * Vehicle makes: a make and the model after it name a car, not a person ("Kia Niro", "Lancia Ypsilon",
 * "Renault Clio", "Ford Focus"). Makes that are also names ("Ford", "Kia", "Renault", "Seat") count
 * only with a model after them.
 */
export const VEHICLE_MAKES: ReadonlySet<string> = new Set(
  `Toyota Honda Nissan Hyundai Kia Mazda Subaru Mitsubishi Suzuki Lexus Acura Infiniti Tesla Ford Chevrolet
  Chevy Dodge Jeep Chrysler Buick Cadillac GMC Lincoln Volkswagen VW Audi BMW Mercedes Mercedes-Benz Porsche
  Opel Vauxhall Renault Peugeot Citroën Citroen Dacia Fiat Lancia Alfa Ferrari Maserati Lamborghini Seat Cupra
  Škoda Skoda Volvo Polestar Saab Jaguar Land Range Mini MG BYD Geely Chery Lada Tata Mahindra Maruti Proton
  Freightliner Peterbilt Kenworth Scania Iveco
  Perodua Isuzu Genesis Rivian Lucid Smart`.split(/\s+/),
);

/** Entries by sector (the grouping is only for maintenance), separated by `|`. */
const SECTORS: readonly string[] = [
  // Health insurers, health systems, public health programmes.
  `Kaiser Permanente|Blue Cross|Blue Shield|Blue Cross Blue Shield|Aetna|Cigna|Humana|Anthem|Elevance|
  UnitedHealthcare|UnitedHealth|Optum|OptumRx|Centene|Ambetter|Oscar Health|Highmark|CareFirst|
  Premera|Regence|Wellcare|WellCare|Medicare|Medicaid|Medi-Cal|MassHealth|Tricare|Obamacare|
  Sutter Health|Cedars-Sinai|Cedars Sinai|Mount Sinai|Johns Hopkins|Mayo Clinic|Cleveland Clinic|
  Bupa|Medibank|Sanitas|Allianz|AXA|Generali|Mapfre|Zurich|Techniker Krankenkasse|Barmer|
  Ping An|Manulife|Sun Life|Prudential|MetLife|Lemonade|Geico|GEICO|Progressive|Allstate|Nationwide|
  Liberty Mutual|Farmers|State Farm|Admiral|Direct Line|Hiscox|Travelers|Amica|Esurance|
  Humana Gold|Delta Dental|Davis Vision|VSP`,
  // Pharmacies and drug brands; drug makers, several named after their founders.
  `Pfizer|Novartis|Roche|Hoffmann-La Roche|Sanofi|Sanofi Pasteur|Eli Lilly|Boehringer Ingelheim|Merck|
  Merck Sharp & Dohme|MSD|Bristol Myers Squibb|Bristol-Myers Squibb|AstraZeneca|GlaxoSmithKline|GSK|Novo Nordisk|
  Bayer|Takeda|Astellas|Daiichi Sankyo|Eisai|Gilead|Amgen|AbbVie|Abbott|Teva|Sandoz|Viatris|Mylan|Biogen|
  Regeneron|Moderna|BioNTech|Janssen|Dr. Reddy's|Dr Reddy's|Sun Pharma|Cipla|Lupin|Glenmark|Zydus|Servier|
  Ipsen|Grifols|Almirall|Lundbeck|Chiesi|Menarini|Recordati|Stada|Ratiopharm|Hexal|CVS|Walgreens|Rite Aid|Boots|Superdrug|Lloydspharmacy|Express Scripts|Caremark|GoodRx|Capsule|
  Shoppers Drug Mart|Chemist Warehouse|Watsons|Apollo Pharmacy|Netmeds|PharmEasy|Pharmeasy|1mg|
  Humira|Ozempic|Wegovy|Mounjaro|Zepbound|Eliquis|Xarelto|Jardiance|Trulicity|Keytruda|Dupixent|
  Stelara|Enbrel|Lipitor|Crestor|Synthroid|Zoloft|Prozac|Lexapro|Wellbutrin|Adderall|Ritalin|Vyvanse|
  Xanax|Valium|Ambien|Viagra|Cialis|Advil|Tylenol|Motrin|Aleve|Nurofen|Panadol|Benadryl|Claritin|
  Zyrtec|Flonase|Nexium|Prilosec|Pepcid|Januvia|Lantus|Humalog|Novolog|Victoza|Saxenda|
  Rybelsus|Paxlovid|Tamiflu|EpiPen|Epipen|Ventolin|Symbicort|Advair|Singulair|Otezla|Skyrizi|Rinvoq|
  Entresto|Biktarvy|Truvada|Descovy|Accutane|Suboxone|Narcan|Sudafed|Mucinex|Imodium|Gaviscon|Lemsip|
  Strepsils|Calpol|Plavix|Farxiga|Invokana|Tresiba|Toujeo|Basaglar|Dexcom|Freestyle Libre|Omnipod`,
  // Banks, cards, payments, brokers, crypto, credit bureaus.
  `Barclays|Barclaycard|HSBC|Lloyds|NatWest|Banco Santander|Halifax|Monzo|Revolut|
  Klarna|Afterpay|Affirm|Clearpay|Sezzle|Laybuy|PayPal|Venmo|Zelle|Cash App|Chime|Stripe|Coinbase|Binance|
  Kraken|Robinhood|Vanguard|Charles Schwab|Wells Fargo|JPMorgan|JP Morgan|Chase Sapphire|Citi|
  Citibank|Capital One|Amex|American Express|Mastercard|Maestro|Bank of America|TD Bank|SoFi|Goldman Sachs|
  Morgan Stanley|Deutsche Bank|Commerzbank|Sparkasse|Volksbank|Rabobank|ABN Amro|BNP Paribas|
  Société Générale|Crédit Agricole|UniCredit|Unicredit|Intesa Sanpaolo|BBVA|CaixaBank|Bankinter|Nordea|
  Danske Bank|Handelsbanken|Swedbank|UBS|Credit Suisse|Raiffeisen|Erste|N26|Bunq|Nubank|Itaú|
  Itaú Unibanco|Bradesco|Mercado Pago|Paytm|PhonePe|Alipay|WeChat Pay|M-Pesa|Mpesa|Interac|Westpac|
  Commonwealth Bank|Kiwibank|Scotiabank|Credit Karma|Experian|Equifax|TransUnion|
  Western Union|MoneyGram|Remitly|Xoom|Payoneer|Skrill|Neteller|Wise|TransferWise|Nedbank|Capitec|
  Fannie Mae|Freddie Mac|Ginnie Mae|Sallie Mae|Farmer Mac|Dow Jones|Raymond James|Edward Jones|John Hancock|
  Ray White|LJ Hooker|Restos du Cœur|Fondation Abbé Pierre|Rossmann|
  Merrill Lynch|Lombard Odier|Julius Baer|Pictet|Lazard|Rothschild & Co|T. Rowe Price|Franklin Templeton|
  Charles Stanley|Hargreaves Lansdown|Brewin Dolphin|Rathbones|Coutts|Cantor Fitzgerald|Piper Sandler|
  Brown Brothers Harriman|Kleinwort Benson|Houlihan Lokey|Stifel|Jefferies|Ameriprise|Northern Trust|
  Zilveren Kruis|Menzis|Achmea|Ohra|Mutuelle Générale|Harmonie Mutuelle|MACIF|MAIF|Groupama|
  Hewlett Packard|Hewlett-Packard|Hewlett Packard Enterprise|
  Absa|Standard Bank|FNB|Ecobank|Zenith Bank|GTBank|HDFC|ICICI|Axis Bank|Bajaj Finserv|
  Sberbank|Tinkoff|Bank Leumi|Emirates NBD|Maybank|CIMB|DBS|OCBC|Banorte|Bancolombia|Nequi|Ualá|
  Ally Bank|Discover Card|Apple Card|Apple Pay|Google Pay|Samsung Pay|Shop Pay|Amazon Pay`,
  // Airlines, travel, rail, buses.
  `Lufthansa|Ryanair|easyJet|EasyJet|Wizz Air|Aer Lingus|British Airways|Air France|KLM|Iberia|
  Iberia Express|Vueling|Emirates|Etihad|Qatar Airways|Turkish Airlines|Pegasus|Qantas|Jetstar|
  Jetstar Asia|Delta Air Lines|American Airlines|United Airlines|Southwest|JetBlue|Alaska Airlines|
  Spirit Airlines|Air Canada|WestJet|Aeromexico|Aeroméxico|Avianca|LATAM|Singapore Airlines|Scoot|
  Cathay Pacific|All Nippon|Japan Airlines|Air India|IndiGo|SpiceJet|Vistara|Akasa|Norwegian|Finnair|
  Icelandair|Austrian Airlines|Brussels Airlines|TAP Air Portugal|ITA Airways|Aegean|LOT|Ethiopian|
  Kenya Airways|EgyptAir|Royal Air Maroc|Saudia|Flydubai|Air Arabia|Virgin Atlantic|Virgin Australia|
  Air New Zealand|Eurowings|Condor|Transavia|Volotea|Loganair|Jet2|AirAsia|Cebu Pacific|Vietjet|
  Garuda|Batik Air|Expedia|Booking.com|Airbnb|Vrbo|Trivago|Skyscanner|Kayak|Agoda|Trip.com|
  Tripadvisor|Eurostar|Amtrak|Greyhound|FlixBus|Flixbus|Trainline|Deutsche Bahn|SNCF|Renfe|Trenitalia|
  Ouigo|Avanti|LNER|ÖBB|Megabus|Enterprise Rent|Sixt|Europcar|Turo|TUI|Thomas Cook|Royal Caribbean|Carnival Cruise Line|
  Princess Cruises|Norwegian Cruise Line|MSC Cruises|Costa Cruises|Hurtigruten|Viking Cruises|Jet2holidays|Kuoni|
  Intrepid Travel|G Adventures|Shinkansen`,
  // Hotel groups and loyalty programmes, reservation systems, ferry lines, holiday parks.
  `Marriott|Marriott Bonvoy|Bonvoy|Hilton Honors|Hyatt|Hyatt Regency|Kempinski|Waldorf Astoria|Fairmont|
  Ritz-Carlton|Sheraton|Westin|Radisson|Radisson Blu|Accor|Novotel|Sofitel|Ibis|Mercure|Raffles|Four Seasons|
  Mandarin Oriental|Shangri-La|InterContinental|Crowne Plaza|Holiday Inn|Wyndham|Best Western|Meliá|Scandic|
  Premier Inn|Travelodge|Amadeus|Sabre|Travelport|Worldspan|Tallink|Tallink Silja|Silja Line|Stena Line|
  Stena Germanica|DFDS|Brittany Ferries|Center Parcs|Landal|Landal GreenParks`,
  // Football clubs whose names are people's names in form, and greetings of religious holidays.
  `Gor Mahia|AFC Leopards|Asante Kotoko|Hearts of Oak|Mamelodi Sundowns|Kaizer Chiefs|Orlando Pirates|Al Ahly|
  Zamalek|Enyimba|Simba SC|Young Africans|TP Mazembe|Raja Casablanca|Wydad|Kano Pillars|Rangers International|
  Ramadan Kareem|Ramadan Mubarak|Eid Mubarak|Eid al-Fitr|Eid al-Adha|John Deere`,
  // Telecoms and utilities.
  `Verizon|AT&T|T-Mobile|Vodafone|Vodafone Idea|O2|BT|Virgin Media|TalkTalk|Comcast|Xfinity|Spectrum|
  Telstra|Optus|Telus|Airtel|Bharti Airtel|Jio|Reliance Jio|Movistar|Telefónica|Deutsche Telekom|
  Telekom|Telenor|Telia|Swisscom|Proximus|KPN|Ziggo|Bouygues|SFR|Fastweb|Iliad|Etisalat|Safaricom|
  MTN|Globe Telecom|Rakuten|Rakuten Mobile|Docomo|SoftBank|Starlink|British Gas|EDF|E.ON|Octopus Energy|
  Ovo|OVO|Scottish Power|Con Edison|ConEd|PG&E|Duke Energy|National Grid|Thames Water|Vattenfall|
  Enel|Iberdrola|Endesa|Engie`,
  // Retail, groceries, food delivery, parcels.
  `Walmart|Costco|Kroger|Safeway|Whole Foods|Trader Joe's|Trader Joes|Aldi|Lidl|Tesco|Sainsbury's|
  Asda|Waitrose|Ocado|Marks & Spencer|Argos|Currys|IKEA|Ikea|Home Depot|Best Buy|Zalando|
  ASOS|Asos|Shein|Temu|AliExpress|Alibaba|Vinted|Depop|Poshmark|Wayfair|Chewy|Sephora|Ulta|Primark|
  Uniqlo|Adidas|Puma|Decathlon|Carrefour|Auchan|Rewe|Edeka|Kaufland|Mercadona|Woolworths|Loblaws|
  Instacart|DoorDash|Uber Eats|Grubhub|Deliveroo|Just Eat|Glovo|Wolt|Swiggy|Swiggy Instamart|Zomato|
  Blinkit|Rappi|Gopuff|Getir|HelloFresh|FedEx|UPS|DHL|USPS|Royal Mail|Evri|Yodel|DPD|GLS|Parcelforce|
  Canada Post|Australia Post|PostNL|La Poste|Colissimo|Correos|Poste Italiane|Purolator|Aramex|
  Flipkart|Myntra|Meesho|Shopee|Lazada|Tokopedia|Mercado Libre|Zalora|Jumia|Takealot|Allegro|Bol.com|
  Coolblue|Cdiscount|Fnac|MediaMarkt|Etsy|eBay|Amazon|Starbucks|Burger King|KFC|Domino's|
  Pizza Hut|Chipotle|Taco Bell|Dunkin'|Dunkin|Tim Hortons|Costa Coffee|Pret|Greggs|Nando's|
  Five Guys|Shake Shack|Panera|Chick-fil-A|McDonald's|Wendy's|Carl's Jr|Ruth's Chris|Mrs. Fields|Mrs Fields|Ericsson|Macy's|Denny's|Kohl's|Lowe's|Dillard's|
  Claire's|Arby's|Hardee's|Carl's Jr|Chili's|Applebee's|Culver's|Zaxby's|Raising Cane's|Jimmy John's|
  Papa John's|Auntie Anne's|Ben & Jerry's|Victoria's Secret|Kellogg's|Hershey's|Reese's|Sam's Club|
  Morrisons|Boots|Hapag-Lloyd|Hapag Lloyd|Maersk|IHG|
  Holiday Inn|Premier Inn|Travelodge|Accor|Novotel|Radisson|Sheraton|Westin|
  Royal Canin|Hill's Science Diet|Purina Pro Plan|Eukanuba|Whiskas|Pedigree Dentastix|Frontline Plus|NexGard|Bravecto|Apoquel|
  Le Creuset|Staub|KitchenAid|Nespresso|De'Longhi|Dyson|Vorwerk|Thermomix|Miele|Bosch|Tefal|Pyrex|Zwilling|
  Western Union|MoneyGram|Cebuana Lhuillier|Palawan Express|LBC Express|GCash|PayMaya|Magalu|Magazine Luiza|
  Americanas|Casas Bahia|Lockheed Martin|Northrop Grumman|Raytheon|Boeing|Airbus|Siemens|Thales`,
  // Brands, venues and firms named after their founders or patrons (written from general knowledge).
  `Carl Zeiss|Christian Dior|Yves Saint Laurent|Giorgio Armani|Ralph Lauren|Calvin Klein|Tommy Hilfiger|Hugo Boss|
  Louis Vuitton|Coco Chanel|Estée Lauder|Jean Paul Gaultier|Paul Smith|Ted Baker|Vivienne Westwood|Stella McCartney|
  Michael Kors|Marc Jacobs|Kate Spade|Tory Burch|Oscar de la Renta|Carolina Herrera|Dolce & Gabbana|Salvatore Ferragamo|
  Johnnie Walker|Jack Daniel's|Jack Daniel|Jim Beam|Jameson|Glenfiddich|Heinz|Kellogg|Cadbury|Ben & Jerry's|
  Mrs. Fields|Mr Kipling|Mr. Kipling|Ben's Original|Uncle Ben's|Aunt Jemima|Betty Crocker|Chef Boyardee|
  Little Debbie|Duncan Hines|Weetabix|Warburtons|Hovis|McVitie's|Birds Eye|Marie Callender's|Sara Lee|Dr Oetker|Dr. Oetker|Dr Pepper|Dr. Pepper|Dr. Martens|Dr Martens|Dr. Scholl's|Gibson Les Paul|Les Paul|Albert Heijn|Mercedes-Benz|Mercedes Benz|Ferrero|Werther's|Wrigley|Mars|Hershey|Baskin-Robbins|
  Ferrari|Lamborghini|Porsche|Ford Motor|Walt Disney|Disney|Siemens|Bosch|Philips|Dyson|Braun|Miele|Hoover|
  Carnegie Hall|Royal Albert Hall|Madison Square Garden|Wembley|Santiago Bernabéu|Camp Nou|Allianz Arena|
  Johan Cruijff ArenA|Rockefeller Center|Lincoln Center|Kennedy Center|Barbican|Guggenheim|Tate Modern|
  Charles de Gaulle|John F. Kennedy|Ben Gurion|Indira Gandhi|Chhatrapati Shivaji Maharaj|Ninoy Aquino|
  Leonardo da Vinci|Marco Polo|Queen Elizabeth Olympic Park|Queen Mary 2|Kia Sportage|Bairstow Eves|
  Foxtons|Savills|Knight Frank|Hamptons|Marks & Spencer|John Lewis Partnership|Sainsbury's|Tesco|Harrods|Selfridges|
  McKinsey|Deloitte|Ernst & Young|PricewaterhouseCoopers|Goldman Sachs|Morgan Stanley|JP Morgan|J.P. Morgan|
  Charles Schwab|Wells Fargo|Merrill Lynch|Lloyd's|Johnson & Johnson|Procter & Gamble|Hewlett-Packard|Dell|
  Nobel Prize|Pulitzer Prize|Booker Prize|Goncourt|Harry Potter|Sherlock Holmes|Peter Pan|Winnie the Pooh`,
  // Software, apps, devices, vehicles, fashion houses.
  `Google|Gmail|Apple|iCloud|iPhone|iPad|MacBook|Microsoft|Outlook|Hotmail|Xbox|Meta|Facebook|Instagram|
  WhatsApp|TikTok|Snapchat|LinkedIn|Pinterest|Reddit|Discord|Telegram|Viber|WeChat|Skype|Zoom|Slack|
  Notion|Trello|Asana|Jira|Confluence|GitHub|GitLab|Dropbox|OneDrive|ProtonMail|Spotify|Netflix|Hulu|
  Disney Plus|Disney+|HBO|Paramount|Crunchyroll|Twitch|YouTube|Audible|Kindle|Shopify|Squarespace|Wix|
  WordPress|GoDaddy|Namecheap|Cloudflare|Salesforce|HubSpot|Mailchimp|Zendesk|Intercom|Freshdesk|Xero|
  QuickBooks|Quickbooks|FreshBooks|Gusto|Workday|Deel|Expensify|DocuSign|Adobe|Photoshop|Canva|Figma|
  Grammarly|Duolingo|Babbel|Headspace|Strava|Fitbit|Garmin|Peloton|MyFitnessPal|Tinder|Hinge|Bumble|
  Grindr|OkCupid|Uber|Lyft|Grab|Gojek|Cabify|Airtel Money|Nintendo|PlayStation|Steam|Roblox|Minecraft|
  Fortnite|Samsung|Galaxy Buds|Huawei|Xiaomi|Oppo|OnePlus|Motorola|Nokia|Lenovo|Asus|Acer|Logitech|
  Sonos|Roku|Panasonic|Nikon|GoPro|Toyota|Volkswagen|Hyundai|Nissan|Mazda|Subaru|Peugeot|
  Skoda|Vauxhall|Chevrolet|Rivian|Polestar|Avast|NordVPN|ExpressVPN|Surfshark|LastPass|
  Bitwarden|Okta|Authy|Ralph Lauren|Calvin Klein|Tommy Hilfiger|Hugo Boss|Louis Vuitton|Estée Lauder|
  Dolce & Gabbana|Yves Saint Laurent|Michael Kors|Kate Spade|Dr Martens|Dr. Martens|Dr Pepper|Dr Oetker|
  Dr. Scholl's`,
  // Government agencies and programmes people deal with.
  `IRS|HMRC|DVLA|DMV|USCIS|Social Security|NHS|Ofcom|Ofgem|Centrelink|Jobcentre|Universal Credit|
  Finanzamt|Service Canada|Medicare Part B|Medicare Advantage|Gift Aid|Ronald McDonald House|Marie Curie|Age UK|Citizens Advice|Macmillan Cancer Support|Barnardo's|Oxfam|
  Médecins Sans Frontières|Save the Children|Red Cross|Salvation Army|Habitat for Humanity|Madame Tussauds`,
];

/** Every entry, as written. */
export const ORGANISATIONS: readonly string[] = SECTORS.flatMap((s) =>
  s
    .split('|')
    .map((e) => e.trim())
    .filter(Boolean),
);
