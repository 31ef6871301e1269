/**
 * @module privacy/pii/world-cities — a broad list of world cities, regions and districts that support
 * chat mentions (deliveries, flights, branches, time zones), written from general knowledge on
 * 2026-11-25: national capitals, the largest cities of each continent, state and provincial capitals of
 * large federations, and well-known travel destinations. It complements the `Intl` time-zone cities in
 * `place-gazetteer.ts`, which cover only ~420 places.
 *
 * Many of these are also given names ("Victoria", "Charlotte", "Florence", "Adelaide"). The name
 * detector does not treat those as places on their own: they are places only in a place context
 * ("in Victoria", "Charlotte airport"), see `place-context.ts`.
 */

/** Cities by region (the grouping is only for maintenance), separated by `|`. */
const REGIONS: readonly string[] = [
  // North America.
  `New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|
  Jacksonville|Fort Worth|Columbus|Charlotte|Indianapolis|San Francisco|Seattle|Denver|Washington|Boston|
  El Paso|Nashville|Detroit|Oklahoma City|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|
  Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Mesa|Atlanta|Omaha|Colorado Springs|Raleigh|Miami|
  Long Beach|Virginia Beach|Oakland|Minneapolis|Tulsa|Tampa|Arlington|New Orleans|Wichita|Cleveland|
  Bakersfield|Aurora|Anaheim|Honolulu|Santa Ana|Riverside|Corpus Christi|Lexington|Henderson|Stockton|
  Saint Paul|St. Paul|Cincinnati|St. Louis|Saint Louis|Pittsburgh|Greensboro|Lincoln|Anchorage|Plano|
  Orlando|Irvine|Newark|Durham|Chula Vista|Toledo|Fort Wayne|St. Petersburg|Laredo|Jersey City|Chandler|
  Madison|Lubbock|Scottsdale|Reno|Buffalo|Gilbert|Glendale|North Las Vegas|Winston-Salem|Chesapeake|
  Norfolk|Fremont|Garland|Irving|Hialeah|Richmond|Boise|Spokane|Baton Rouge|Tacoma|San Bernardino|
  Modesto|Fontana|Des Moines|Moreno Valley|Santa Clarita|Fayetteville|Birmingham|Oxnard|Rochester|
  Port St. Lucie|Grand Rapids|Huntsville|Salt Lake City|Frisco|Yonkers|Amarillo|Glendale|Huntington Beach|
  McKinney|Montgomery|Augusta|Akron|Little Rock|Tempe|Columbus|Overland Park|Grand Prairie|Tallahassee|
  Cape Coral|Mobile|Knoxville|Shreveport|Worcester|Ontario|Vancouver|Sioux Falls|Chattanooga|Brownsville|
  Fort Lauderdale|Providence|Newport News|Rancho Cucamonga|Santa Rosa|Peoria|Oceanside|Elk Grove|Salem|
  Pembroke Pines|Eugene|Garden Grove|Cary|Fort Collins|Corona|Springfield|Jackson|Alexandria|Hayward|
  Clarksville|Lakewood|Lancaster|Salinas|Palmdale|Hollywood|Springfield|Macon|Sunnyvale|Pomona|Killeen|
  Escondido|Pasadena|Naperville|Bellevue|Joliet|Murfreesboro|Midland|Rockford|Paterson|Savannah|
  Bridgeport|Torrance|McAllen|Syracuse|Surprise|Denton|Roseville|Thornton|Miramar|Mesquite|Olathe|
  Dayton|Carrollton|Waco|Orange|Fullerton|Charleston|West Valley City|Visalia|Hampton|Gainesville|
  Warren|Coral Springs|Cedar Rapids|Round Rock|Sterling Heights|Kent|Columbia|Santa Clara|New Haven|
  Stamford|Concord|Elizabeth|Athens|Thousand Oaks|Lafayette|Simi Valley|Topeka|Norman|Fargo|Wilmington|
  Abilene|Odessa|Pearland|Victorville|Hartford|Vallejo|Allentown|Berkeley|Richardson|Arvada|Ann Arbor|
  Cambridge|Sugar Land|Lansing|Evansville|College Station|Fairfield|Clearwater|Beaumont|Independence|
  Provo|West Jordan|Murrieta|Palm Bay|El Monte|Carlsbad|Charleston|Temecula|Boulder|Costa Mesa|Miami Gardens|
  Manchester|Westminster|Burbank|Tuscaloosa|Santa Monica|Palo Alto|Mountain View|Cupertino|Redmond|
  Boca Raton|Key West|Savannah|Asheville|Burlington|Portland|Juneau|Fairbanks|Bozeman|Missoula|Billings|
  Cheyenne|Santa Fe|Flagstaff|Sedona|Napa|Monterey|Malibu|Aspen|Vail|Park City|Jackson Hole|Nantucket|
  Toronto|Montreal|Montréal|Calgary|Ottawa|Edmonton|Winnipeg|Mississauga|Quebec City|Québec|Hamilton|
  Brampton|Surrey|Kitchener|Laval|Halifax|London|Victoria|Windsor|Oshawa|Saskatoon|Regina|Sherbrooke|
  St. John's|Kelowna|Barrie|Guelph|Kingston|Moncton|Fredericton|Charlottetown|Whitehorse|Yellowknife|
  Iqaluit|Thunder Bay|Sudbury|Whistler|Banff|Niagara Falls|
  Mexico City|Ciudad de México|Guadalajara|Monterrey|Puebla|Tijuana|León|Juárez|Ciudad Juárez|Zapopan|
  Mérida|Merida|Cancún|Cancun|San Luis Potosí|Aguascalientes|Hermosillo|Saltillo|Mexicali|Culiacán|
  Querétaro|Chihuahua|Morelia|Toluca|Acapulco|Oaxaca|Veracruz|Tampico|Puerto Vallarta|Playa del Carmen|
  Tulum|Los Cabos|Cabo San Lucas|Mazatlán|Ensenada|Guatemala City|San Salvador|Tegucigalpa|Managua|
  San José|Panama City|Havana|La Habana|Santo Domingo|Port-au-Prince|Kingston|Montego Bay|Nassau|
  Bridgetown|Port of Spain|San Juan|Belize City|Punta Cana|Willemstad|Oranjestad|Castries|St. George's`,
  // South America.
  `São Paulo|Sao Paulo|Rio de Janeiro|Brasília|Brasilia|Salvador|Fortaleza|Belo Horizonte|Manaus|Curitiba|
  Recife|Porto Alegre|Belém|Goiânia|Guarulhos|Campinas|São Luís|Maceió|Natal|Teresina|Campo Grande|
  João Pessoa|Florianópolis|Florianopolis|Vitória|Santos|Niterói|Cuiabá|Aracaju|Londrina|Joinville|
  Porto Velho|Macapá|Boa Vista|Palmas|Foz do Iguaçu|Búzios|Paraty|Ouro Preto|Olinda|Ribeirão Preto|
  Buenos Aires|Córdoba|Cordoba|Rosario|Mendoza|La Plata|Mar del Plata|Tucumán|Salta|Santa Fe|Bariloche|
  Ushuaia|Neuquén|Bogotá|Bogota|Medellín|Medellin|Cali|Barranquilla|Cartagena|Cúcuta|Bucaramanga|
  Pereira|Santa Marta|Manizales|Lima|Arequipa|Trujillo|Chiclayo|Cusco|Cuzco|Piura|Iquitos|Puno|
  Santiago|Valparaíso|Valparaiso|Viña del Mar|Concepción|Antofagasta|Temuco|Punta Arenas|La Serena|
  Caracas|Maracaibo|Valencia|Barquisimeto|Maracay|Quito|Guayaquil|Cuenca|La Paz|Santa Cruz|Cochabamba|
  Sucre|El Alto|Montevideo|Punta del Este|Asunción|Asuncion|Ciudad del Este|Paramaribo|Georgetown|Cayenne`,
  // Container ports that name no city of their own.
  `Nhava Sheva|Jawaharlal Nehru Port|Tanjung Pelepas|Tanjung Priok|Port Klang|Jebel Ali|Laem Chabang|Prince Rupert|
  Mundra|Khalifa Port|King Abdullah Port|Algeciras|Gioia Tauro|Marsaxlokk|Bremerhaven|Felixstowe|Zeebrugge`,
  // Europe.
  `London|Birmingham|Manchester|Liverpool|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Coventry|
  Bradford|Southampton|Portsmouth|Brighton|Plymouth|Reading|Oxford|Cambridge|York|Bath|Norwich|Exeter|
  Derby|Stoke|Wolverhampton|Sunderland|Hull|Milton Keynes|Luton|Swindon|Bournemouth|Peterborough|
  Ipswich|Canterbury|Chester|Durham|Lincoln|Carlisle|Lancaster|Preston|Blackpool|Bolton|Stockport|Salford|
  Heathrow|Gatwick|Stansted|Croydon|Camden|Hackney|Islington|Brixton|Shoreditch|Wimbledon|Greenwich|
  Edinburgh|Glasgow|Aberdeen|Dundee|Inverness|Stirling|Perth|Cardiff|Swansea|Newport|Belfast|Derry|
  Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Killarney|Sligo|
  Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Toulon|
  Grenoble|Dijon|Angers|Nîmes|Villeurbanne|Clermont-Ferrand|Le Havre|Aix-en-Provence|Brest|Limoges|Tours|
  Amiens|Perpignan|Metz|Besançon|Orléans|Rouen|Caen|Nancy|Avignon|Cannes|Antibes|Biarritz|Chamonix|
  Versailles|Ajaccio|Bastia|Monaco|Monte Carlo|
  Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dortmund|
  Essen|Bremen|Dresden|Hannover|Hanover|Nürnberg|Nuremberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|
  Münster|Karlsruhe|Mannheim|Augsburg|Wiesbaden|Mönchengladbach|Gelsenkirchen|Braunschweig|Aachen|
  Kiel|Chemnitz|Halle|Magdeburg|Freiburg|Krefeld|Mainz|Lübeck|Erfurt|Rostock|Kassel|Potsdam|Heidelberg|
  Regensburg|Würzburg|Ingolstadt|Ulm|Wolfsburg|Göttingen|Darmstadt|Trier|Jena|Konstanz|Oldenburg|
  Wien|Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Zürich|Zurich|Genève|Geneva|Basel|Bern|Lausanne|
  Lucerne|Luzern|Lugano|St. Gallen|Winterthur|Zermatt|Vaduz|
  Amsterdam|Rotterdam|Den Haag|The Hague|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|
  Haarlem|Arnhem|Enschede|Maastricht|Leiden|Delft|Zwolle|Apeldoorn|Amersfoort|Schiphol|
  Brussels|Bruxelles|Brussel|Antwerp|Antwerpen|Ghent|Gent|Bruges|Brugge|Liège|Leuven|Namur|Charleroi|
  Mons|Luxembourg|
  Madrid|Barcelona|Valencia|Sevilla|Seville|Zaragoza|Málaga|Malaga|Murcia|Palma|Las Palmas|Bilbao|
  Alicante|Córdoba|Valladolid|Vigo|Gijón|Granada|A Coruña|Vitoria|Elche|Oviedo|Santander|Pamplona|
  San Sebastián|Donostia|Salamanca|Toledo|Cádiz|Marbella|Ibiza|Tenerife|Girona|Tarragona|Benidorm|
  Lisboa|Lisbon|Porto|Braga|Coimbra|Faro|Funchal|Aveiro|Évora|Sintra|Cascais|
  Roma|Rome|Milano|Milan|Napoli|Naples|Torino|Turin|Palermo|Genova|Genoa|Bologna|Firenze|Florence|Bari|
  Catania|Venezia|Venice|Verona|Messina|Padova|Padua|Trieste|Brescia|Parma|Modena|Prato|Reggio Calabria|
  Perugia|Livorno|Cagliari|Pisa|Siena|Bergamo|Como|Lecce|Sorrento|Amalfi|Positano|Capri|Rimini|Taormina|
  Athens|Athina|Thessaloniki|Patras|Heraklion|Larissa|Rhodes|Corfu|Mykonos|Santorini|Chania|
  Nicosia|Limassol|Larnaca|Paphos|Valletta|Sliema|
  Stockholm|Göteborg|Gothenburg|Malmö|Malmo|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Lund|Umeå|
  Oslo|Bergen|Trondheim|Stavanger|Tromsø|Drammen|Kristiansand|Copenhagen|København|Aarhus|Odense|
  Aalborg|Esbjerg|Helsinki|Espoo|Tampere|Vantaa|Oulu|Turku|Rovaniemi|Reykjavík|Reykjavik|Akureyri|Tórshavn|
  Warszawa|Warsaw|Kraków|Krakow|Łódź|Lodz|Wrocław|Wroclaw|Poznań|Poznan|Gdańsk|Gdansk|Szczecin|Bydgoszcz|
  Lublin|Katowice|Białystok|Gdynia|Częstochowa|Toruń|Zakopane|Praha|Prague|Brno|Ostrava|Plzeň|Olomouc|
  Bratislava|Košice|Budapest|Debrecen|Szeged|Pécs|Győr|Bucharest|București|Cluj-Napoca|Cluj|Timișoara|
  Iași|Constanța|Brașov|Sofia|Plovdiv|Varna|Burgas|Beograd|Belgrade|Novi Sad|Niš|Zagreb|Split|Rijeka|
  Dubrovnik|Osijek|Zadar|Ljubljana|Maribor|Sarajevo|Mostar|Banja Luka|Podgorica|Kotor|Skopje|Ohrid|
  Tirana|Durrës|Pristina|Prishtina|Chișinău|Chisinau|
  Kyiv|Kiev|Kharkiv|Odesa|Odessa|Dnipro|Lviv|Zaporizhzhia|Minsk|Vilnius|Kaunas|Klaipėda|Riga|Tallinn|Tartu|
  Moscow|Moskva|Saint Petersburg|St Petersburg|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Chelyabinsk|
  Samara|Omsk|Rostov-on-Don|Ufa|Krasnoyarsk|Voronezh|Perm|Volgograd|Krasnodar|Sochi|Vladivostok|Irkutsk|
  Kaliningrad|Murmansk|Tbilisi|Batumi|Kutaisi|Yerevan|Gyumri|Baku|Ganja`,
  // Middle East and North Africa.
  `Istanbul|İstanbul|Ankara|İzmir|Izmir|Bursa|Antalya|Adana|Gaziantep|Konya|Kayseri|Mersin|Eskişehir|
  Diyarbakır|Trabzon|Bodrum|Cappadocia|Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|Ras Al Khaimah|Fujairah|
  Doha|Manama|Kuwait City|Muscat|Salalah|Riyadh|Jeddah|Mecca|Makkah|Medina|Madinah|Dammam|Khobar|
  Al Khobar|Taif|Tabuk|Abha|Amman|Aqaba|Irbid|Beirut|Tripoli|Byblos|Damascus|Aleppo|Homs|Latakia|
  Baghdad|Basra|Mosul|Erbil|Sulaymaniyah|Najaf|Karbala|Tehran|Mashhad|Isfahan|Karaj|Shiraz|Tabriz|
  Qom|Ahvaz|Kermanshah|Yazd|Jerusalem|Tel Aviv|Haifa|Eilat|Be'er Sheva|Beersheba|Netanya|Ramallah|
  Gaza|Bethlehem|Nablus|Hebron|Sanaa|Aden|Cairo|Alexandria|Giza|Luxor|Aswan|Hurghada|Sharm el-Sheikh|
  Port Said|Suez|Mansoura|Tanta|Casablanca|Rabat|Marrakesh|Marrakech|Fes|Fez|Tangier|Agadir|Meknes|
  Oujda|Essaouira|Chefchaouen|Algiers|Oran|Constantine|Annaba|Tunis|Sfax|Sousse|Benghazi|Misrata|
  Khartoum|Omdurman|Port Sudan|Nouakchott`,
  // Sub-Saharan Africa.
  `Lagos|Abuja|Kano|Ibadan|Port Harcourt|Benin City|Kaduna|Enugu|Onitsha|Aba|Jos|Ilorin|Owerri|Calabar|
  Abeokuta|Akure|Warri|Uyo|Accra|Kumasi|Tamale|Takoradi|Cape Coast|Lomé|Lome|Cotonou|Porto-Novo|
  Ouagadougou|Bamako|Niamey|Dakar|Touba|Saint-Louis|Banjul|Conakry|Freetown|Monrovia|Abidjan|
  Yamoussoukro|Bouaké|Douala|Yaoundé|Yaounde|Libreville|Malabo|Brazzaville|Kinshasa|Lubumbashi|
  Mbuji-Mayi|Kisangani|Goma|Bukavu|Luanda|Huambo|Bangui|N'Djamena|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|
  Malindi|Kampala|Entebbe|Gulu|Kigali|Bujumbura|Dar es Salaam|Dodoma|Arusha|Mwanza|Zanzibar|Moshi|
  Addis Ababa|Dire Dawa|Mekelle|Gondar|Bahir Dar|Hawassa|Asmara|Djibouti|Mogadishu|Hargeisa|Kismayo|
  Juba|Lusaka|Ndola|Kitwe|Livingstone|Harare|Bulawayo|Mutare|Lilongwe|Blantyre|Maputo|Beira|Nampula|
  Antananarivo|Toamasina|Port Louis|Victoria|Moroni|Windhoek|Walvis Bay|Gaborone|Francistown|Maseru|
  Mbabane|Johannesburg|Cape Town|Durban|Pretoria|Tshwane|Port Elizabeth|Gqeberha|Bloemfontein|
  East London|Polokwane|Nelspruit|Mbombela|Kimberley|Pietermaritzburg|Soweto|Sandton|Stellenbosch|
  George|Rustenburg|Praia|São Tomé|Bissau`,
  // South and Central Asia.
  `Mumbai|Bombay|Delhi|New Delhi|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Chennai|Madras|Kolkata|Calcutta|
  Surat|Pune|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Thane|Bhopal|Visakhapatnam|Vizag|Patna|Vadodara|
  Ghaziabad|Ludhiana|Agra|Nashik|Faridabad|Meerut|Rajkot|Varanasi|Srinagar|Aurangabad|Dhanbad|Amritsar|
  Navi Mumbai|Allahabad|Prayagraj|Ranchi|Howrah|Coimbatore|Jabalpur|Gwalior|Vijayawada|Jodhpur|Madurai|
  Raipur|Kota|Guwahati|Chandigarh|Solapur|Mysuru|Mysore|Tiruchirappalli|Bareilly|Aligarh|Tiruppur|
  Gurgaon|Gurugram|Noida|Moradabad|Jalandhar|Bhubaneswar|Salem|Warangal|Thiruvananthapuram|Trivandrum|
  Kochi|Cochin|Kozhikode|Calicut|Dehradun|Udaipur|Mangaluru|Mangalore|Goa|Panaji|Shimla|Manali|Rishikesh|
  Pondicherry|Puducherry|Ooty|Darjeeling|Leh|Shillong|Imphal|Gangtok|Jammu|Hubli|Belgaum|Tirupati|
  Vellore|Nellore|Guntur|Cuttack|Siliguri|Durgapur|Asansol|Jamshedpur|Bokaro|Bhilai|Ajmer|Bikaner|
  Karachi|Lahore|Faisalabad|Rawalpindi|Gujranwala|Peshawar|Multan|Hyderabad|Islamabad|Quetta|Sialkot|
  Dhaka|Chittagong|Chattogram|Khulna|Rajshahi|Sylhet|Comilla|Rangpur|Barisal|Kathmandu|Pokhara|Lalitpur|
  Thimphu|Colombo|Kandy|Galle|Jaffna|Negombo|Malé|Male|Kabul|Kandahar|Herat|Mazar-i-Sharif|
  Tashkent|Samarkand|Bukhara|Almaty|Astana|Nur-Sultan|Shymkent|Karaganda|Bishkek|Osh|Dushanbe|
  Ashgabat|Ulaanbaatar|Ulan Bator`,
  // East and South-East Asia, Oceania.
  `Beijing|Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Chengdu|Wuhan|Hangzhou|Nanjing|Xi'an|Xian|
  Suzhou|Shenyang|Harbin|Qingdao|Dalian|Zhengzhou|Jinan|Changsha|Kunming|Fuzhou|Xiamen|Hefei|Nanning|
  Shijiazhuang|Taiyuan|Urumqi|Lanzhou|Guiyang|Nanchang|Ningbo|Wuxi|Dongguan|Foshan|Zhuhai|Sanya|Lhasa|
  Guilin|Hohhot|Changchun|Hong Kong|Kowloon|Macau|Macao|Taipei|Kaohsiung|Taichung|Tainan|Hsinchu|
  Taoyuan|Tokyo|Yokohama|Osaka|Nagoya|Sapporo|Fukuoka|Kobe|Kawasaki|Kyoto|Saitama|Hiroshima|Sendai|
  Chiba|Kitakyushu|Sakai|Niigata|Hamamatsu|Kumamoto|Okayama|Shizuoka|Kagoshima|Nagasaki|Nara|Naha|
  Okinawa|Kanazawa|Hakodate|Nikko|Kamakura|Yokosuka|Matsuyama|Shinjuku|Shibuya|Ginza|Akihabara|
  Roppongi|Umeda|Namba|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Suwon|Ulsan|Changwon|Seongnam|
  Goyang|Yongin|Jeju|Gangnam|Pyongyang|
  Bangkok|Chiang Mai|Chiang Rai|Phuket|Pattaya|Krabi|Hat Yai|Khon Kaen|Nakhon Ratchasima|Udon Thani|
  Ayutthaya|Hua Hin|Koh Samui|Ko Samui|Hanoi|Ha Noi|Ho Chi Minh City|Ho Chi Minh|Saigon|Da Nang|
  Haiphong|Hai Phong|Can Tho|Nha Trang|Hue|Hoi An|Da Lat|Dalat|Vung Tau|Ha Long|Phnom Penh|Siem Reap|
  Sihanoukville|Battambang|Vientiane|Luang Prabang|Yangon|Rangoon|Mandalay|Naypyidaw|Bagan|
  Kuala Lumpur|George Town|Penang|Johor Bahru|Ipoh|Shah Alam|Petaling Jaya|Kota Kinabalu|Kuching|
  Malacca|Melaka|Putrajaya|Langkawi|Singapore|Bandar Seri Begawan|
  Jakarta|Surabaya|Bandung|Medan|Bekasi|Tangerang|Depok|Semarang|Palembang|Makassar|Batam|Bogor|
  Pekanbaru|Padang|Malang|Denpasar|Bali|Yogyakarta|Jogja|Solo|Surakarta|Balikpapan|Banjarmasin|Manado|
  Pontianak|Jayapura|Lombok|Ubud|Dili|Manila|Quezon City|Davao|Cebu|Cebu City|Zamboanga|Makati|Taguig|
  Pasig|Cagayan de Oro|Iloilo|Bacolod|Baguio|Angeles|Boracay|Palawan|
  Sydney|Melbourne|Brisbane|Perth|Adelaide|Gold Coast|Canberra|Newcastle|Wollongong|Hobart|Geelong|
  Townsville|Cairns|Darwin|Toowoomba|Ballarat|Bendigo|Launceston|Sunshine Coast|Alice Springs|Byron Bay|
  Fremantle|Parramatta|Bondi|Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|Queenstown|
  Rotorua|Napier|Nelson|Palmerston North|Suva|Nadi|Port Moresby|Apia|Nuku'alofa|Port Vila|Honiara|
  Nouméa|Papeete|Tarawa|Majuro|Hagåtña`,
  // First-level divisions of federations and large countries (thirty-eighth round): "— Hope, Ohio" signs
  // a review with a state as often as with a city.
  `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
  Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
  Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|
  Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|
  West Virginia|Wisconsin|Wyoming|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|
  Nova Scotia|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon|Nunavut|New South Wales|Queensland|
  Tasmania|Western Australia|South Australia|Northern Territory|Bavaria|Bayern|Baden-Württemberg|Hesse|
  Hessen|Saxony|Sachsen|Thuringia|Thüringen|Niedersachsen|Lower Saxony|Schleswig-Holstein|
  Rheinland-Pfalz|Saarland|Nordrhein-Westfalen|Mecklenburg-Vorpommern|Sachsen-Anhalt|Tirol|Tyrol|
  Steiermark|Kärnten|Vorarlberg|Maharashtra|Karnataka|Kerala|Tamil Nadu|Telangana|Andhra Pradesh|
  Uttar Pradesh|Madhya Pradesh|Gujarat|Rajasthan|Haryana|Bihar|Odisha|West Bengal|Assam|Jharkhand|
  Chhattisgarh|Uttarakhand|Himachal Pradesh|Jalisco|Nuevo León|Yucatán|Oaxaca|Chiapas|Veracruz|
  Guanajuato|Sonora|Chihuahua|Sinaloa|Quintana Roo|Baja California|Michoacán|Tamaulipas|Coahuila|
  Minas Gerais|Bahia|Paraná|Rio Grande do Sul|Santa Catarina|Pernambuco|Ceará|Goiás|Amazonas|Pará|
  Andalucía|Andalusia|Cataluña|Catalonia|Catalunya|Galicia|Aragón|Extremadura|Asturias|Cantabria|Navarra|
  Lombardia|Lombardy|Toscana|Tuscany|Piemonte|Piedmont|Veneto|Sicilia|Sicily|Sardegna|Sardinia|Campania|
  Puglia|Calabria|Lazio|Liguria|Umbria|Emilia-Romagna|Bretagne|Brittany|Normandie|Normandy|Provence|
  Occitanie|Alsace|Bourgogne|Burgundy|Auvergne|Aquitaine|England|Scotland|Wales|Northern Ireland|
  Yorkshire|Lancashire|Ontario|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Lagos State|Rift Valley`,
];

/** Every city, as written (some appear in two regions; the set removes repeats). */
export const WORLD_CITIES: ReadonlySet<string> = new Set(
  REGIONS.flatMap((r) =>
    r
      .split('|')
      .map((e) => e.trim())
      .filter(Boolean),
  ),
);
