/**
 * @module privacy/pii/surnames-world — a broad list of common family names from many language
 * communities (roughly the most frequent few dozen to a hundred-odd per community), written from
 * general knowledge on 2026-11-26 (not from any evaluation corpus). It lets a capitalised word after a
 * given name ("Ragnhild Sørensen", "Chidi Okonkwo") be read as a surname without a cue phrase.
 *
 * Entries are written as they are usually spelled; every entry with diacritics or a special letter
 * (ø, ł, ß, ð, þ, æ, đ, ı) is also added in its plain ASCII fold ("Müller" → "Muller", "Sørensen" →
 * "Sorensen", "Wiśniewski" → "Wisniewski"). Dutch, Afrikaans and French particle names are written as
 * their core word ("Berg", "Vries", "Merwe", "Plessis"), Arabic article names both with the article and
 * without ("Al-Sayed", "Sayed"). Entries that are also English words, places or brands are not trusted
 * alone: the detector checks words against the wink lexicon at use.
 */

import { nameListSet, words } from './name-list-set.js';

/*
 * Left out on purpose, also when they arise as an ASCII fold ("Đỗ" → "Do", "Văn" → "Van"): surnames
 * that are very frequent English words on their own ("White", "Brown", "Green", "Black", "King",
 * "Bell", "Rose", "Hope", "Best", "Young", "Long", "Park", "Song", "Sun", "Do"); at a sentence start
 * or in running text they would read as names far more often than they are.
 */
const LEFT_OUT: ReadonlySet<string> = new Set(
  words(`Will May Long Young White Brown Green Black King Bell Rose Hope Best Hill Wood Woods Hall Ward
  Cook Price Rice West Hunt Grant Knight Stone Berry Ray Lane Fox Bishop Little Bush Page Ball Love
  Powers Sharp Cross Farmer Flowers Pope Wise Colon Waters French Bass Marsh Park Lamb Chase Hood Gates
  Clay Wolf Short Wall Small Bond Snow Shepherd Horn Savage Beard Rich Golden Glass Marks English Strong
  Prince House Noble Rush Weeks Bean Branch Frost Buck Moon Church Gay Cherry Peck Key Battle Case Stout
  Crane Cotton Duke Guy Craft Bright Sweet Justice Beach Cash Good England Head Bird Burger Stern Singer
  Brand Strand Lie Oral Akin Hay Brink Pal Dash Panda Kale More Butt Rind Islam Sin Huh Im Do Ha To Ta
  Van Son Hung Dam Song Sun He Pan Fan Man Ding Bang An Oh So Go Won Um Ok Sung Lo La Law Low Chew Wit
  Rand Hang Lung Yen Tram Loan Lien Dung My Can Said Made Mega Yoga Semi Lose Mate Mats Bent Tone Even
  Per Till Beat Shun Gang Bin Angel Jack Mark Bill Frank Hunter Mason Summer Winter Dawn Begin Banks
  Fields Mills Sterling Major Baker Wells Miles Walls Rivers Storm Gross Mac Gray Grey`),
);

/** Family names by community (the grouping is only for maintenance; one set is exported). */
const GROUPS: readonly string[] = [
  // English-speaking (British, American, Canadian, Australian)
  `Smith Johnson Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Thompson Harris
  Clark Clarke Lewis Robinson Walker Allen Wright Scott Adams Nelson Campbell Mitchell Roberts Carter
  Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Rogers Morgan Peterson Cooper Reed
  Bailey Howard Cox Richardson Watson Brooks Bennett Hughes Sanders Myers Ross Foster Powell
  Jenkins Perry Russell Sullivan Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan
  Reynolds Hamilton Graham Wallace Cole Stevens Kennedy Ellis Tucker Porter Hicks Crawford Boyd Warren
  Dixon Burns Gordon Shaw Holmes Robertson Daniels Palmer Nichols Ferguson Hawkins Dunn Perkins Hudson
  Spencer Gardner Stephens Payne Pierce Matthews Arnold Willis Watkins Carroll Snyder Cunningham Bradley
  Andrews Harper Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Sims Austin Peters Kelley
  Franklin Lawson Carr Wheeler Chapman Richards Williamson Johnston McCoy Howell Morrison Harvey Burton
  Stanley Jacobs Fuller Lynch Gilbert Garrett Welch Bowman Fowler Brewer Pearson Holland Douglas Fleming
  Davidson Hopkins Walters Curtis Caldwell Lowe Jennings Barnett Horton Shelton Barrett Sutton
  Gregory McKinney Chambers Lambert Fletcher Watts Bates Rhodes Newman Haynes McDaniel Vaughn Dawson
  Norris Hardy Steele Barker Chandler Leonard Walsh Lyons Ramsey Benson Bowen Cummings Hines Baldwin
  Griffith Griffin Hubbard Reeves Stevenson Burgess Thornton McGee Glover Manning Harmon Rodgers Robbins
  Newton Blair Higgins Ingram Townsend Goodwin Walton Hampton Patton Swanson Goodman Yates Hodges Adkins
  Webster Malone Hammond Cobb Moody Maxwell Osborne Tyler Stokes Sherman Saunders Gibbs Briggs Parsons
  Buchanan Copeland Pittman Holloway Morton Abbott Clayton Massey Lloyd Carson Barton Harrington
  Underwood Wilkins Wilkerson Atkins Wilcox Davenport Sawyer Dickerson Nicholson Bradford Hancock
  Wiggins Hensley Baxter Whitehead Hutchinson Blackwell Wilkinson Atkinson Stephenson Ellison Middleton
  Livingston Pennington Woodward Donaldson Hayes Kelly Bryant Alexander Simpson Marshall Owens Harrison
  Gibson Ford Ashworth Blackburn Cartwright Fairclough Hargreaves Hollingsworth Pickering Whitworth
  Worthington Ainsworth Entwistle Sutcliffe Haworth Greenwood Lockwood Wainwright Hartley Kershaw`,
  // African-American and Caribbean
  `Washington Jefferson Freeman Mosley Gaines Dorsey Booker Mayfield Tolbert Dukes Pettaway Ladson
  Wigfall Mims Abernathy Tubman Jeter Winfield Moultrie Gadsden Singleton Whitfield Tillman Oates Dupree
  Broussard Toussaint Hairston Tate Blackmon Tolliver Gadson McNair Pinckney Rucker Witherspoon
  Grier Haywood Bethea Fludd Ravenell Manigault Simms Oliphant Etienne Pierre-Louis Jean-Baptiste
  Charlemagne Beckford Campbell-Brown Gayle Samuels`,
  // Irish
  `O'Sullivan O'Brien Byrne Ryan O'Connor O'Neill O'Neil O'Reilly Reilly Doyle McCarthy Gallagher
  O'Doherty Doherty Murray Quinn McLoughlin McLaughlin O'Carroll Connolly Daly O'Connell Brennan Burke
  O'Farrell Farrell Fitzgerald Kavanagh Keane McGrath Nolan Whelan Dunne Flanagan Flynn Brady Duffy
  Healy Hegarty Hennessy Kearney Keogh Mahony O'Mahony Maguire McGuire McNamara Moran Mulligan Nugent
  O'Donnell O'Donoghue Donoghue O'Keeffe O'Keefe O'Leary O'Shea Shea Regan O'Regan Rooney Sheehan
  Sweeney Tierney Twomey Cullen Cassidy Costello Cronin Dempsey Donnelly Egan Fahy Feeney Fitzpatrick
  Foley Geraghty Hanlon Hogan Kiely Lenihan Lonergan Madden McCann McCabe McEvoy McGowan McHugh McKenna
  McMahon Mulcahy Naughton O'Dwyer Dwyer O'Driscoll Driscoll O'Gorman O'Hara O'Malley Malley O'Rourke
  Rourke O'Toole Phelan Quigley Scanlon Slattery Tobin Treacy Tracey O'Callaghan Callaghan O'Grady
  Grady O'Halloran Halloran O'Kelly O'Flaherty Flaherty Kinsella Lawlor`,
  // Scottish
  `MacDonald McDonald Macdonald MacLeod McLeod Macleod MacKenzie McKenzie Mackenzie MacKay McKay Mackay
  MacLean McLean Maclean MacGregor McGregor MacMillan McMillan Macmillan MacIntyre McIntyre MacPherson
  McPherson MacKinnon McKinnon MacRae McRae MacAulay McAulay MacNeil McNeil MacInnes MacFarlane
  McFarlane Paterson Fraser Sinclair Munro Cameron Drummond Kerr Lindsay Lockhart Menzies Ogilvie
  Ramsay Rennie Sutherland Urquhart Moffat Kirkpatrick Galbraith Lamont Chisholm Mackintosh McIntosh
  Matheson Gunn Keir Baird Cowan Craig Dalziel Dunbar Erskine Haig Innes Irvine Johnstone Leckie Muir
  Nairn Pringle Rankin Shearer Strachan Tait Thomson Watt Wishart McAllister McAlpine McBride McCallum
  McCormick McCulloch McEwan McGill McKee McLaren McNab McQueen McTavish`,
  // Welsh
  `Jones Davies Evans Roberts Griffiths Owen Owens Rees Rhys Powell Howells Howell Pritchard Pryce
  Parry Llewellyn Llewelyn Gwynn Gwyn Prosser Probert Pugh Bevan Beynon Cadwallader Gittins Gough
  Meredith Rowlands Harries Jenkin Madoc Maddox Prothero Tudor Wynne Bellis Gethin Hopkin Humphreys
  Jeffreys Pryce-Jones Vaughan-Thomas Lewis-Jones Parry-Jones Owen-Jones Lloyd-Jones Bowen-Jones
  Davies-Evans Morgan-Davies Vaughan Nash Upton Trevelyan Penry Morris-Jones`,
  // German, Austrian, Swiss
  `Müller Schmidt Schneider Fischer Weber Meyer Meier Mayer Maier Wagner Becker Schulz Hoffmann Hofmann
  Schäfer Koch Richter Klein Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Schmitt
  Werner Schmitz Krause Lehmann Schmid Schulze Köhler Herrmann König Walter Huber Kaiser Fuchs Lang
  Scholz Möller Weiß Weiss Jung Hahn Schubert Vogel Friedrich Keller Günther Berger Winkler Roth Beck
  Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Kraus Schumacher Krämer Vogt Stein Jäger Otto
  Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel
  Busch Bergmann Voigt Sauer Wolff Pfeiffer Gruber Brunner Hofer Wimmer Moser Steiner Mayr Egger
  Pichler Leitner Wallner Lechner Eder Haider Schwaiger Aigner Baumgartner Bachmann Frei Gerber Hauser
  Widmer Suter Wyss Kälin Lüthi Ammann Fässler Hürlimann Sutter Bühler Zimmerli Steinmann Zbinden Rüegg
  Schütz Ritter Dreyer Vetter Wendt Hesse Kessler Böttcher Engelhardt Eckert Pietsch Hennig Kunze
  Schenk Thiel Oswald Lindner Schilling Förster Reuter Rieger Ebert Goetz Götz Haupt Hein Hellwig
  Hinz Jahn Kirchner Kolb Langer Lehner Lutz Mertens Nagel Pfeifer Reinhardt Scherer Schade Seifert
  Stahl Thomsen Ullrich Walther Wendel Wirth Zeller Zimmer`,
  // Dutch and Flemish (particle names as their core word)
  `Jansen Janssen Janssens Jong Vries Berg Dijk Bakker Visser Smit Meijer Boer Mulder Groot Bos Vos
  Hendriks Dekker Brouwer Dijkstra Smits Graaf Meer Linden Kok Haan Vermeulen Heuvel Veen Broek Bruijn
  Bruin Heijden Schouten Beek Willems Vliet Hoekstra Maas Verhoeven Koster Prins Leeuwen Kuipers
  Huisman Postma Peeters Maes Claes Goossens Wouters Desmet Smet Vermeiren Lambrechts Hermans Michiels
  Aerts Cools Verstraete Verbruggen Dewulf Vandenberghe Vandamme Vanderstraeten Verschueren Dierckx
  Hoogendoorn Timmermans Wijk Gerrits Koning Schipper Veenstra Zijlstra Kuiper Hoek Hermsen Wagenaar
  Verbeek Bosch Molenaar Kroon Drost Scholten Roos Boomsma Jonker Evers Geerts Oosterhuis Ruiter Haas
  Sluiter Bosman Brinkman Dijkman Groen Hoogland Klaassen Kramers Lammers Mol Nijhuis Rijnders Sanders
  Stam Terpstra Wijnands Zwart Hendrickx Verhaegen Vandevelde Vanhoutte Wuyts Mertens`,
  // French, Belgian, Swiss, Québécois, Cajun
  `Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Lefèvre Michel
  Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François
  Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Nicolas Perrin Morin Mathieu Clément
  Gauthier Dumont Fontaine Chevalier Robin Masson Gérard Boyer Denis Lemaire Duval Joly Gautier Roger
  Roche Roy Noël Lucas Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Leroux Colin Renard
  Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe
  Leclercq Lacroix Fabre Dupuis Olivier Hubert Guillot Rivière Guillaume Moulin Lecomte Ménard Fleury
  Deschamps Carpentier Julien Benoît Maillard Marchal Aubry Vasseur Renault Jacquet Collet Prévost
  Poirier Charpentier Royer Huet Dupuy Pons Carré Breton Rémy Perret Besson Tessier Bouvier Langlois
  Lebrun Lévêque Dubreuil Delaunay Lemaître Tremblay Gagnon Côté Bouchard Pelletier Bélanger Lévesque
  Bergeron Leblanc Paquette Simard Boucher Ouellet Fortin Lavoie Desjardins Thibodeaux Boudreaux Hébert
  Landry Arsenault Cormier Thériault Gagné Morissette Beaulieu Cloutier Gosselin Lapointe Nadeau
  D'Amours Desrosiers Duchesne Giroux Lachance Lemieux Paradis Poulin Racine Robichaud Savard`,
  // Italian
  `Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca
  Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
  Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola Sala Cattaneo Fabbri Bianco
  Villa Marchetti Ferri Fumagalli Grasso Pellegrini Palumbo Sanna Valentini Parisi Monti Silvestri
  Cirillo Guerra Testa Bellini Farina Orlando Benedetti Rizzi Ferraro Donati Messina Ruggiero Amato
  Gatti Morelli Sorrentino Marini Bernardi Riva Caputo Mazza Neri Basile Mele Fiore Pagano Piras Marchi
  Grassi Ferrero Bruni Montanari Rota Zanetti Brambilla Castelli Negri Bassi Bertolini Baldini
  Bellucci Cocco Melis Lucchesi Santini Pellegrino Giuliani Ferretti Mazzini Bonetti Zanella Ricciardi
  Conte Cavallo Poli Mancuso Romeo Vitali Palmieri Barone Carbone Sartori Marchese Grillo D'Angelo
  D'Amico D'Alessandro D'Amato D'Onofrio D'Agostino DeSantis DiMaggio DeAngelis DiStefano Esposti
   Iannone Lombardozzi Napolitano Pirozzi Russello Scognamiglio Zito`,
  // Spanish and Latin American
  `García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández
  Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez
  Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias
  Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego León
  Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Díez Caballero Reyes Nieto Aguilar
  Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora
  Vicente Vargas Arias Carmona Crespo Román Soto Sáez Velasco Moya Soler Parra Esteban
  Gallardo Rojas Mendoza Salazar Rivera Contreras Espinoza Valenzuela Figueroa Sandoval Cárdenas Zamora
  Maldonado Acosta Aguirre Salinas Ochoa Villanueva Trujillo Estrada Rosales Guzmán Escobar Quintero
  Paredes Orozco Velásquez Castañeda Cervantes Sepúlveda Palacios Solís Bustamante Quispe Mamani Huamán
  Chávez Ávila Valdez Valdés Rosario Padilla Meléndez Carrillo Pacheco Camacho Arroyo Villalobos Barrios
  Bermúdez Mejía Cordero Montoya Ocampo Pineda Quiroga Robles Sotomayor Tapia Urrutia Zapata`,
  // Catalan and Basque
  `Puig Vila Roca Pujol Riera Mas Prats Casals Camps Roig Coll Batlle Martí Solé Grau Vives
  Torrents Rovira Planas Badia Pujadas Ribas Mir Palau Esteve Carbonell Llorens Castells Bonet
  Ros Figueras Bassols Bertran Comas Fàbregas Sabaté Sabater Serrat Subirats Tarradellas Valls
  Etxeberria Echeverría Etxebarria Echevarría Goikoetxea Goicoechea Agirre Zubizarreta Arrieta Ibarra
  Elizondo Zabala Mendizabal Arregi Arregui Garmendia Larrañaga Olano Bengoechea Aranburu Arana Uribe
  Gorostiza Iturbe Iturriaga Lizarraga Otxoa Salaberria Zubiaurre Azkue Landa Beitia Arteta Gaztelu
  Unzue Ugarte Jauregi Jáuregui Uriarte Aramburu Arrizabalaga Elorza Goñi Irigoyen Yrigoyen Lasa Loyola
  Zuloaga Aranzadi Urquijo Ybarra`,
  // Portuguese and Brazilian
  `Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Jesus Sousa Souza Fernandes Gonçalves Gomes
  Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira
  Monteiro Cardoso Rocha Raposo Neves Coelho Cunha Pires Reis Simões Antunes Matos Fonseca Machado
  Araújo Barbosa Tavares Lourenço Freitas Azevedo Barros Lima Melo Mello Nascimento Andrade Batista
  Dias Moura Cavalcanti Cavalcante Pimentel Magalhães Figueiredo Brandão Queiroz Siqueira Amaral Bezerra
  Xavier Leite Borges Farias Miranda Medeiros Sampaio Coutinho Lacerda Guimarães Paiva Valente Rezende
  Resende Vasconcelos Domingues Baptista Henriques Quaresma Loureiro Peixoto Faria Brito Falcão Aragão
  Prado Toledo Assunção Carneiro Conceição Damasceno Esteves Gouveia Leal Macedo Sardinha Viana`,
  // Polish (both masculine -ski/-cki and feminine -ska/-cka forms)
  `Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska Lewandowski
  Lewandowska Zieliński Zielińska Szymański Szymańska Woźniak Dąbrowski Dąbrowska Kozłowski Kozłowska
  Jankowski Jankowska Mazur Wojciechowski Wojciechowska Kwiatkowski Kwiatkowska Krawczyk Kaczmarek
  Piotrowski Piotrowska Grabowski Grabowska Zając Pawłowski Pawłowska Michalski Michalska Król Wieczorek
  Jabłoński Jabłońska Wróbel Nowakowski Nowakowska Majewski Majewska Olszewski Olszewska Stępień
  Malinowski Malinowska Jaworski Jaworska Adamczyk Dudek Nowicki Nowicka Pawlak Górski Górska Witkowski
  Witkowska Walczak Sikora Baran Rutkowski Rutkowska Michalak Szewczyk Ostrowski Ostrowska Tomaszewski
  Tomaszewska Pietrzak Marciniak Wróblewski Wróblewska Zalewski Zalewska Jakubowski Jakubowska Jasiński
  Jasińska Zawadzki Zawadzka Sadowski Sadowska Chmielewski Chmielewska Włodarczyk Borkowski Borkowska
  Czarnecki Czarnecka Sawicki Sawicka Sokołowski Sokołowska Urbański Urbańska Kubiak Maciejewski
  Maciejewska Szczepański Szczepańska Kucharski Kucharska Wilk Kalinowski Kalinowska Lis Mazurek
  Wysocki Wysocka Adamski Adamska Kaźmierczak Wasilewski Wasilewska Sobczak Czerwiński Czerwińska
  Andrzejewski Andrzejewska Cieślak Głowacki Głowacka Zakrzewski Zakrzewska Kołodziej Sikorski Sikorska
  Krajewski Krajewska Gajewski Gajewska Szulc Szymczak Baranowski Baranowska Laskowski Laskowska
  Brzeziński Brzezińska Makowski Makowska Ziółkowski Ziółkowska Przybylski Przybylska Domański
  Domańska Błaszczyk Górecki Górecka Kaczmarczyk Kowalewski Kowalewska`,
  // Czech and Slovak
  `Novák Nováková Svoboda Svobodová Novotný Novotná Dvořák Dvořáková Černý Černá Procházka Procházková
  Kučera Kučerová Veselý Veselá Horák Horáková Němec Němcová Marek Pokorný Pokorná Pospíšil
  Pospíšilová Hájek Hájková Jelínek Jelínková Král Králová Růžička Růžičková Beneš Benešová Fiala
  Fialová Sedláček Sedláčková Doležal Doležalová Zeman Zemanová Kolář Kolářová Navrátil Navrátilová
  Čermák Čermáková Vaněk Blažek Kříž Kovář Kratochvíl Bartoš Vlček Polák Musil Kopecký Šimek
  Konečný Malý Holub Štěpánek Kadlec Matoušek Šťastný Vávra Bureš Souček Skála Kováč Kováčová Baláž
  Lukáč Kollár Oravec Hudák Kráľ Gajdoš Šimko Kočiš Švec Vlk Čech Hronec Bednár Bednárová Chovanec
  Ondrejka Hrušovský Sloboda Havel Klaus Zelenka Hrabal Kundera Čapek`,
  // Hungarian
  `Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos
  Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai
  Sipos Magyar Lukács Gulyás Biró Király Balog László Bogdán Jakab Katona Sándor Váradi Boros Fazekas
  Kelemen Antal Orosz Somogyi Fülöp Veres Budai Vincze Hegedűs Deák Bálint Illés Vass Lengyel Bognár
  Erdős Szekeres Csizmadia Halász Rostás Jónás Szénási Kozma Bakos Dudás Hajdu Major Mohácsi Pásztor
  Sárközi Tamás Vörös`,
  // Romanian and Moldovan
  `Popa Popescu Radu Ionescu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Ene Mocanu Constantin
  Munteanu Moldovan Lazăr Georgescu Marin Florea Barbu Dinu Dobre Nistor Ioniță Dumitrescu
  Constantinescu Nedelcu Cristea Ilie Toma Preda Ursu Vasile Mihai Stanciu Neagu Dragomir Anghel Badea
  Lupu Oprea Sandu Diaconu Iordache Coman Avram Manea Voicu Cojocaru Enache Grigore Mircea Petrescu
  Vlad Zamfir Bălan Marinescu Niculescu Olteanu Paraschiv Tănase Vasilescu Florescu Stoian Cazacu
  Ardeleanu Bratu Dumitrache Pavel Sava Neacșu Costache Chirilă Ungureanu Iliescu Ceaușescu Băsescu
  Iohannis Năstase Hagi Comăneci`,
  // Russian, Ukrainian, Belarusian (masculine and feminine; Latin transliteration)
  `Ivanov Ivanova Smirnov Smirnova Kuznetsov Kuznetsova Popov Popova Vasiliev Vasilieva Vasilyev
  Vasilyeva Petrov Petrova Sokolov Sokolova Mikhailov Mikhailova Novikov Novikova Fedorov Fedorova
  Fyodorov Morozov Morozova Volkov Volkova Alekseev Alekseeva Lebedev Lebedeva Semenov Semenova
  Semyonov Egorov Egorova Yegorov Pavlov Pavlova Kozlov Kozlova Stepanov Stepanova Nikolaev Nikolaeva
  Orlov Orlova Andreev Andreeva Makarov Makarova Nikitin Nikitina Zakharov Zakharova Zaitsev Zaitseva
  Solovyov Solovyova Borisov Borisova Yakovlev Yakovleva Grigoriev Grigorieva Romanov Romanova
  Vorobyov Vorobyova Sergeev Sergeeva Kuzmin Kuzmina Frolov Frolova Aleksandrov Aleksandrova Dmitriev
  Dmitrieva Korolev Koroleva Gusev Guseva Kiselev Kiseleva Ilyin Ilyina Maksimov Maksimova Polyakov
  Polyakova Sorokin Sorokina Vinogradov Vinogradova Kovalev Kovaleva Belov Belova Medvedev Medvedeva
  Antonov Antonova Tarasov Tarasova Zhukov Zhukova Baranov Baranova Filippov Filippova Komarov
  Komarova Davydov Davydova Belyaev Belyaeva Gerasimov Gerasimova Bogdanov Bogdanova Osipov Osipova
  Sidorov Sidorova Matveev Matveeva Titov Titova Markov Markova Mironov Mironova Krylov Krylova Kulikov
  Kulikova Karpov Karpova Vlasov Vlasova Melnikov Melnikova Denisov Denisova Gavrilov Gavrilova Tikhonov
  Tikhonova Kazakov Kazakova Afanasyev Afanasyeva Danilov Danilova Savelyev Timofeev Timofeeva Fomin
  Fomina Chernov Chernova Abramov Abramova Martynov Martynova Efimov Efimova Shcherbakov Shcherbakova
  Nazarov Nazarova Kalinin Kalinina Isaev Isaeva Chernyshev Bykov Bykova Maslov Maslova Rodionov
  Konovalov Lazarev Voronin Klimov Filatov Ponomarev Ponomareva Golubev Kudryavtsev Kudryavtseva
  Prokhorov Naumov Potapov Zhuravlev Ovchinnikov Trofimov Leonov Sobolev Ermakov Kolesnikov Goncharov
  Emelyanov Nikiforov Grachev Kotov Grishin Efremov Arkhipov Gromov Kirillov Malyshev Panov Moiseev
  Rumyantsev Akimov Kondratyev Biryukov Gorbunov Vysotsky Vysotskaya Zhukovsky Ostrovsky Ostrovskaya
  Kovalevsky Kovalevskaya Sokolovsky Tolstoy Tolstaya Pasternak Rachmaninov Tchaikovsky Gorbachev
  Yeltsin Navalny Navalnaya Abramovich Rabinovich Shevchenko Bondarenko Kovalenko Boyko Tkachenko
  Kravchenko Kovalchuk Koval Oliynyk Shevchuk Polishchuk Bondar Tkachuk Marchenko Moroz Lysenko
  Rudenko Savchenko Petrenko Klymenko Pavlenko Kravets Kuzmenko Ponomarenko Vasylenko Levchenko
  Kharchenko Melnyk Melnik Karpenko Honcharenko Yakovenko Sydorenko Hrytsenko Zinchenko Romanenko
  Fedorenko Ivanenko Nazarenko Tymoshenko Yushchenko Zelensky Zelenskyy Poroshenko Kostenko Demchenko
  Serhiienko Sergienko Klitschko Hnatyuk Kuchma Lukashenko Ivanou Kavaliou Kazlou Marozau Novik
  Shushkevich Bahdanovich Karpovich Klimovich Lukashevich Yakimovich Tsikhanouskaya Tsikhanouski`,
  // Balkan: Serbian, Croatian, Bosnian, Montenegrin, Slovene, Macedonian, Bulgarian, Albanian
  `Jovanović Petrović Nikolić Marković Đorđević Djordjević Stojanović Ilić Stanković Pavlović Milošević
  Popović Kovačević Todorović Lazić Ristić Mladenović Savić Stefanović Radovanović Radosavljević
  Živković Jović Kostić Marić Tomić Vuković Obradović Nedeljković Milić Petković Janković Simić Đukić
  Filipović Lukić Perić Mitić Krstić Babić Horvat Kovačić Knežević Novak Jurić Pavić Božić Blažević
  Grgić Kralj Matić Perković Radić Šarić Brkić Šimić Barišić Vidović Begić Hodžić Hadžić Delić
  Mehmedović Kovač Hasanović Hasić Karić Muratović Čaušević Salihović Husić Mujić Suljić Halilović Alić
  Imamović Softić Kovačič Krajnc Zupančič Potočnik Mlakar Kos Vidmar Golob Turk Božič Korošec Zupan
  Bizjak Hribar Kavčič Kastelic Oblak Rozman Dolenc Petek Žagar Jerman Kolar Georgiev Georgieva
  Dimitrov Dimitrova Nikolov Nikolova Hristov Hristova Stoyanov Stoyanova Todorov Todorova Iliev
  Ilieva Atanasov Atanasova Angelov Angelova Vasilev Vasileva Kolev Koleva Yordanov Yordanova Marinov
  Petkov Stefanov Stefanova Ivanovski Stojanovski Nikolovski Trajkovski Jovanovski Petrovski
  Dimitrovski Angelovski Hoxha Gashi Berisha Krasniqi Shehu Kelmendi Morina Shala Bytyqi Hasani Rama
  Leka Dervishi Çela Basha Kola Marku Duka Prifti Lika`,
  // Greek and Cypriot
  `Papadopoulos Papadopoulou Georgiou Papadakis Oikonomou Economou Papageorgiou Vasileiou Nikolaou
  Ioannou Dimitriou Konstantinou Christodoulou Karagiannis Makris Alexiou Antoniou Athanasiou Pappas
  Papas Georgiadis Angelopoulos Panagiotopoulos Dimopoulos Anagnostopoulos Nikolopoulos Konstantinidis
  Theodorou Kyriakou Michailidis Ioannidis Triantafyllou Vlachos Karalis Laskaris Papanikolaou
  Stavropoulos Kostopoulos Christou Andreou Mavridis Papadimitriou Zervas Tsakiris Spanos Lambrou
  Kontos Karras Galanis Stamatopoulos Samaras Sotiriou Chatzis Hatzis Chatzidakis Kouris Kotsis Markou
  Pavlou Petrou Sarris Raptis Tsipras Mitsotakis Venizelos Karamanlis Papandreou Papaioannou
  Kalogeropoulos Demetriou Charalambous Loizou Stylianou Kyprianou Panayiotou Constantinou Antetokounmpo
  Giannakopoulos Katsaros Koutsoukos Papachristou`,
  // Armenian and Georgian
  `Petrosyan Sargsyan Harutyunyan Hovhannisyan Grigoryan Khachatryan Hakobyan Vardanyan Karapetyan
  Gevorgyan Avetisyan Mkrtchyan Kazarian Kardashian Manukyan Arakelyan Ghazaryan Poghosyan Martirosyan
  Melkonian Papazian Simonyan Stepanyan Babayan Beridze Kapanadze Gelashvili Maisuradze Giorgadze
  Lomidze Tsiklauri Bolkvadze Nozadze Kvaratskhelia Saakashvili Shevardnadze Gamsakhurdia Ivanishvili
  Chkheidze Abashidze Japaridze Kiknadze`,
  // Turkish
  `Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara
  Koç Kurt Özkan Şimşek Polat Özer Güneş Erdoğan Yalçın Aksoy Aktaş Avcı Bulut Çakır Keskin Ünal Güler
  Tekin Turan Karaca Korkmaz Uçar Altun Kaplan Acar Bozkurt Demirci Tunç Erdem Gündoğdu Coşkun Sarı Taş
  Yavuz Kalkan Uysal Akın Işık Karakaya Güven Özbek Ateş Toprak Sönmez Duman Akbulut Çiftçi Özgür
  Yüksel Atalay Bayram Kahraman Altıntaş Ekinci Okur Eren Güngör Durmaz Yiğit Kurtoğlu Aydoğan Başaran
  Cömert Ercan Gök Karadağ Kocaman Metin Oruç Özçelik Sezer Soylu Tatlı Uzun Yaman Zengin`,
  // Swedish
  `Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
  Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
  Lindgren Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg
  Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman
  Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren
  Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson
  Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg
  Hellström Sjögren Abrahamsson Falk Öberg Ek Blom Norberg Sundström Lindholm Åkesson Ekberg Ljungberg
   Wahlberg Lagerlöf Strindberg`,
  // Norwegian and Danish
  `Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen
  Eriksen Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Sørensen
  Jakobsen Moen Gundersen Iversen Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen
  Mathisen Amundsen Rasmussen Lunde Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Lien Hauge
  Christensen Andresen Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Ødegård Haugland Thorsen Hovland
  Brekke Tveit Vik Aasen Petersen Madsen Thomsen Christiansen Poulsen Møller Mortensen Mikkelsen Olesen
  Frederiksen Laursen Clausen Simonsen Andreasen Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær
  Jepsen Mogensen Nørgaard Jessen Søndergaard Bertelsen Dalgaard Damgaard Thygesen Bech Bach Kofoed
  Kjeldsen Overgaard Ravn Toft Winther Juhl Bisgaard Hedegaard Munk Carlsen Friis Løkke Frederiksen`,
  // Finnish
  `Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
  Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
  Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Hirvonen Kallio
  Pitkänen Miettinen Aaltonen Manninen Laaksonen Lindroos Räsänen Seppälä Anttila Nurmi Vainio Väisänen
  Kettunen Leppänen Hakala Lehto Ojala Peltonen Karvonen Koivisto Kärkkäinen Honkanen Halonen Ahola
  Suominen Rautio Eskola Hyvönen Huttunen Harju Ikonen Kokkonen Moilanen Mustonen Oksanen Partanen
  Rissanen Toivonen Tuomi Vesterinen Häkkinen Räikkönen Marin Niinistö Stubb`,
  // Icelandic (patronymics in -son and -dóttir)
  `Jónsson Sigurðsson Guðmundsson Gunnarsson Ólafsson Einarsson Kristjánsson Magnússon Stefánsson
  Jóhannsson Björnsson Árnason Helgason Halldórsson Jónsdóttir Sigurðardóttir Guðmundsdóttir
  Gunnarsdóttir Ólafsdóttir Einarsdóttir Kristjánsdóttir Magnúsdóttir Stefánsdóttir Jóhannsdóttir
  Björnsdóttir Árnadóttir Helgadóttir Þórsson Þórðardóttir Ragnarsson Pálsson Þorsteinsson Sveinsson`,
  // Baltic: Lithuanian, Latvian, Estonian
  `Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas
  Kavaliauskas Baranauskas Pocius Navickas Rimkus Sakalauskas Lukoševičius Ramanauskas Savickas
  Kazlauskienė Jankauskienė Petrauskienė Vasiliauskienė Kazlauskaitė Jankauskaitė Petrauskaitė
  Adomaitis Mockus Valančiūnas Sabonis Landsbergis Nausėda Brazauskas Bērziņš Kalniņš Ozoliņš Jansons
  Ozols Liepiņš Krūmiņš Balodis Eglītis Zariņš Pētersons Vītols Kļaviņš Kārkliņš Vanags Bērziņa Kalniņa
  Ozoliņa Liepiņa Jansone Ozola Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Ots Mets Kuusk
  Karu Lepik Vaher Oja Kallas Kaljulaid Raudsepp Lõhmus Kivi Kütt Teder Luik Aavik Kruus Sild Jõgi
  Põder Laur Mänd Kõiv Pihlak Lill Järv`,
  // Arabic: Levantine, Egyptian, Iraqi
  `Haddad Khoury Khouri Nassar Saleh Salah Hamdan Khalil Mansour Mansur Habib Sabbagh Najjar Al-Najjar
  Aoun Awad Bitar Chamoun Daher Darwish Farah Fakhoury Ghanem Hajj Al-Hajj El-Hajj Hakim Halabi Hariri
  Al-Hariri Issa Jaber Jabbour Karam Kassab Kassem Qassem Khalaf Khatib Al-Khatib Maalouf Makdisi Masri
  Al-Masri El-Masri Mikati Nasrallah Rizk Sabra Saad Sarkis Shami Al-Shami Suleiman Sulaiman Tannous
  Touma Yazbek Zein Abboud Abdallah Abdullah Hijazi Barghouti Husseini Al-Husseini Nashashibi Khalidi
  Tamimi Al-Tamimi Odeh Qasim Hammoud Jaafar Zaher Azzam Shaheen Shahin Hamad Hamdi Sisi El-Sisi
  Mubarak Nasser Sadat El-Sadat Farouk Fathy Fawzy Gamal Hegazy Hosny Kamel Mahmoud Mahmud Mostafa
  Moustafa Mustafa Osman Othman Ramadan Ragab Sabry Shafik Soliman Taha Tawfik Youssef Yousef Yusuf
  Zaki Hamza Hamed Hafez Eid Fouad Badawi El-Badawi Shalaby Gaber Ezzat Naguib Mahfouz Khaled Khalid
  Amin Abdelaziz Abdelrahman Abdelkader Abdelhamid Abdelmalek Al-Jubouri Jubouri Al-Tikriti Al-Maliki
  Maliki Al-Obaidi Obaidi Al-Bayati Bayati Al-Dulaimi Dulaimi Al-Khafaji Khafaji Al-Azzawi Azzawi
  Al-Janabi Janabi Al-Rubaie Rubaie Hussein Hussain Husain Hassan Hasan Ahmed Ahmad Mohammed Mohamed
  Muhammad Ali Ibrahim Al-Hassan Al-Hussein Al-Ali Abbas Aziz`,
  // Arabic: Gulf and Arabian Peninsula
  `Al-Saud Saud Al-Thani Thani Al-Nahyan Nahyan Al-Maktoum Maktoum Al-Sabah Sabah Al-Khalifa Khalifa
  Al-Qasimi Qasimi Al-Otaibi Otaibi Al-Qahtani Qahtani Al-Ghamdi Ghamdi Al-Zahrani Zahrani Al-Shehri
  Shehri Al-Harbi Harbi Al-Mutairi Mutairi Al-Dosari Dosari Al-Dossary Dossary Al-Shammari Shammari
  Al-Anazi Anazi Al-Enezi Enezi Al-Subaie Subaie Al-Rashid Rashid Al-Rashidi Rashidi Al-Farsi Farsi
  Al-Balushi Balushi Al-Hashimi Hashimi Al-Hashemi Hashemi Al-Sayed Sayed Al-Sayyid Sayyid El-Sayed
  Al-Saadi Saadi Al-Amri Amri Al-Jaber Al-Kuwari Kuwari Al-Marri Al-Suwaidi Suwaidi Al-Mansoori
  Mansoori Al-Mazrouei Mazrouei Al-Hamadi Hamadi Al-Shamsi Shamsi Al-Zaabi Zaabi Al-Kaabi Kaabi
  Al-Nuaimi Nuaimi Al-Falasi Falasi Al-Ahmadi Ahmadi Al-Attiyah Attiyah Al-Harthy Harthy Al-Busaidi
  Busaidi Al-Habsi Habsi Al-Yami Yami Al-Malki Malki Al-Sulaiman`,
  // Arabic and Berber: Maghreb
  `Benali Benamar Bensaid Benjelloun Bennani Benmoussa Benchekroun Belkacem Belhadj Bouazizi Boumediene
  Bouteflika Boudiaf Boukhari Bouzid Chaoui Cherif Chérif El-Amrani Amrani Alaoui El-Alaoui El-Idrissi
  Idrissi Tazi Fassi El-Fassi Berrada Lahlou Slimani Mansouri El-Mansouri Ouali Zidane Ziani Haddadi
  Hadj Messaoudi Meziane Mekki Saidi Trabelsi Jebali Gharbi Hammami Mejri Ayari Jlassi Bouzidi Khelifi
  Benyoussef Kaddour Lamrani Ouazzani Ziyech Hakimi Azizi Rahmani Naceri Brahimi Belaid Bekkali
  Chraibi Tahiri Kabbaj Filali El-Filali Rifai Benzema Boukhalfa Djebbar Hamidi Kaci Larbi`,
  // Persian and Afghan
  `Hosseini Hosseinzadeh Mohammadi Rezaei Rezai Moradi Karimi Jafari Rahimi Mousavi Musavi Sadeghi
  Heidari Ghorbani Kazemi Rostami Salehi Nouri Akbari Ebrahimi Esmaili Amini Shahbazi Bagheri Mahmoudi
  Taheri Zamani Abbasi Soltani Najafi Ghasemi Kiani Karimzadeh Farahani Tehrani Shirazi Esfahani
  Isfahani Tabrizi Kermani Mashhadi Yazdi Golestani Jahangiri Khosravi Mirzaei Naderi Pahlavi Rouhani
  Khamenei Ahmadinejad Zarif Farhadi Kiarostami Panahi Nazari Safavi Sharifi Tavakoli Vahidi Yousefi
  Ansari Asadi Bahrami Daneshvar Eskandari Fallahi Farahmand Ghaffari Habibi Jalali Kamali Latifi
  Mehrabi Nikpour Parsa Rahnama Sadri Tavassoli Vaziri Zand Zarei Alavi Majidi Mohajer Samadi
  Torabi Ahmadzai Popal Karzai Ghani Haqqani Durrani Barakzai Popalzai Hotak Noori Wardak Stanikzai
  Sultani Amiri`,
  // Hebrew and Jewish (Ashkenazi, Sephardi, Mizrahi, Israeli)
  `Cohen Kohen Levi Levy Mizrahi Mizrachi Peretz Biton Dahan Avraham Friedman Friedmann Malka Azoulay
  Katz Yosef Ohana Hadad Gabay Gabai Amar Shapiro Shapira Ben-David Ben-Ami Ben-Haim Ben-Shimon Ben-Zvi
  Goldberg Goldstein Goldman Goldschmidt Rosenberg Rosenbaum Rosenthal Rosenfeld Rosen Weinberg
  Weinstein Greenberg Grinberg Greenbaum Silverman Silverstein Schwartz Kaplan Horowitz Hurwitz
  Rabinowitz Abramowitz Lieberman Liberman Feldman Feinberg Finkelstein Eisenberg Epstein Bernstein
  Lowenstein Blum Blumenthal Adler Hirsch Mandel Lerner Kahn Kahane Segal Siegel Landau Margolis
  Margulies Spielberg Ginsburg Ginsberg Ginzburg Zuckerman Zuckerberg Wasserman Mendelsohn Mendelssohn
  Katzman Berkowitz Moskowitz Lefkowitz Perlman Sandler Schechter Shulman Sokolow Teitelbaum Wexler
  Zilberman Ashkenazi Sasson Ezra Elbaz Amsalem Avitan Shalom Navon Netanyahu Herzog Rabin Meir Peres
  Dayan Barak Eshkol Oz Yadin Agnon Abergel Ben-Gurion Gottlieb Grossman Lipschitz
  Rothschild Schneerson Weizmann`,
  // Indian: North, West, East
  `Sharma Verma Gupta Singh Kumar Agarwal Aggarwal Agrawal Jain Mehta Shah Patel Joshi Mishra Pandey
  Tiwari Tripathi Dubey Dwivedi Chaturvedi Shukla Srivastava Saxena Mathur Kapoor Khanna Malhotra
  Chopra Arora Bhatia Sethi Kohli Ahuja Bajaj Chawla Grover Sood Tandon Bhalla Anand Bansal Goel Goyal
  Garg Mittal Singhal Jindal Rastogi Yadav Chauhan Rathore Rajput Thakur Chaudhary Choudhury Chowdhury
  Rana Bisht Negi Rawat Kulkarni Deshpande Deshmukh Patil Pawar Jadhav Gokhale Apte Bhosale Shinde
  Sawant Naik Gaikwad Desai Parekh Modi Trivedi Vyas Pandya Solanki Parmar Thakkar Bhattacharya
  Bhattacharjee Banerjee Chatterjee Mukherjee Ganguly Bose Basu Das Dutta Datta Ghosh Sen Sengupta
  Chakraborty Chakrabarti Majumdar Mazumdar Sarkar Mitra Biswas Saha Mondal Mandal Haldar Nandi
  Bhowmik Gill Sandhu Sidhu Dhillon Grewal Brar Bains Randhawa Virk Cheema Bajwa Sekhon Kaur Ahluwalia
  Bedi Walia Mann Ghai Kapur Mehra Seth Puri Luthra Dhawan Khurana Oberoi Bakshi Wadhwa Taneja Sinha
  Prasad Jha Ojha Pathak Upadhyay Bhardwaj Kashyap Vashisht Rawal Dixit Dikshit Awasthi Bajpai Nigam
  Mehrotra Kakkar Mahajan Dogra Raina Kaul Dar Zutshi Tikku Nehru Gandhi Bachchan Mohanty Patnaik
  Pattnaik Mohapatra Mahapatra Behera Sahoo Sahu Nayak Swain Rath Baruah Barua Bora Borah Gogoi
  Hazarika Saikia Kalita Phukan Tendulkar Ambani Tata Birla Premji`,
  // Indian: South (Tamil, Malayali, Telugu, Kannada, Konkani)
  `Iyer Iyengar Krishnamurthy Krishnan Subramanian Subramaniam Raman Ramachandran Venkataraman
  Narayanan Srinivasan Rangarajan Sundaram Swaminathan Balasubramanian Chandrasekhar Chandrasekaran
  Ramaswamy Natarajan Gopalan Rajan Raghavan Reddy Rao Naidu Chowdary Varma Shetty Hegde Kamath Bhat
  Bhatt Pai Prabhu Shenoy Gowda Pillai Nair Menon Murugan Pandian Selvam Kannan Rajendran Ramasamy
  Muthu Karthikeyan Thangaraj Arumugam Perumal Velu Anbalagan Kumaresan Shanmugam Palaniappan
  Chidambaram Sivakumar Sivaraman Nambiar Kurup Panicker Pillay Varghese Kurian Chacko Cherian Koshy
  Oommen Thampi Warrier Namboodiri Unnikrishnan Gopinath Radhakrishnan Balakrishnan Ramakrishnan
  Gopalakrishnan Jayaraman Lakshmanan Annamalai Karunanidhi Raju Setty Acharya Upadhyaya Rai Nadar
  Thevar Mudaliar Chettiar Gounder Vellalar Devarajan Ganesan Kandasamy Mahadevan Nagarajan Paramasivam
  Ravichandran Sampath Sekar Thirumalai Vaidyanathan Venkatesan Vishwanathan Viswanathan`,
  // Pakistani and Bangladeshi
  `Khan Qureshi Malik Chaudhry Raja Sheikh Shaikh Siddiqui Siddiqi Awan Bhatti Baig Mirza Hashmi Jatoi
  Bhutto Zardari Sharif Niazi Afridi Yousafzai Yusufzai Khattak Gilani Gillani Jamali Leghari Mazari
  Marri Bugti Mengal Soomro Memon Lakhani Dawood Jinnah Haider Haidar Rizvi Naqvi Zaidi Jafri Kazmi
  Bukhari Syed Iqbal Akhtar Akhter Javed Aslam Anwar Ashraf Farooq Farooqui Hameed Hamid Haq Jamil
  Karim Latif Majeed Mahmood Masood Mehmood Nadeem Naseem Rauf Rehman Rahman Saeed Tariq Usmani Zafar
  Zaman Nawaz Hossain Hossen Uddin Alam Miah Mia Begum Khatun Akter Talukdar Talukder Sikder Bhuiyan
  Bhuiya Howlader Mollah Molla Mridha Siddique Kabir Haque Hoque Majumder Mazumder Sarker Khondoker
  Khandaker Patwary Munshi Faruque Sobhan Mannan Jalil Quader Kader Zia Chughtai Gondal Janjua
  Kiani Minhas Paracha Sethi`,
  // Sri Lankan (Sinhala and Tamil)
  `Perera Fernando Jayasuriya Jayawardena Jayewardene Wickramasinghe Wickremesinghe Bandara
  Dissanayake Dissanayaka Gunawardena Gunawardene Rajapaksa Rajapakse Senanayake Ranasinghe Wijesinghe
  Wijeratne Herath Ratnayake Karunaratne Kumarasinghe Mendis Peiris Pieris Rodrigo Gamage Samaraweera
  Sirisena Premadasa Bandaranaike Amarasinghe Abeysekera Abeysekara Weerasinghe Wijesuriya Liyanage
  Kodikara Pathirana Rathnayake Ekanayake Jayasinghe Munasinghe Hettiarachchi Tennakoon Seneviratne
  Wickramaratne Ariyaratne Gunasekara Gunasekera Jayatilleke Jayatilaka Kumara Sangakkara
  Jayawardene Muralitharan Sivarajah Balasingham Thambiah Selvarajah Kanagaratnam Rajaratnam
  Shanmugalingam Ponnambalam Sivanesan Nadarajah Kandiah Sinnathamby Vijayakumar Jayakody Wanigasekara`,
  // Chinese: Mandarin pinyin
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Han
  Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü Lyu Ren Lu Yao Shen
  Zhong Cui Tan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Mao
  Hao Gu Gong Shao Wan Qian Wen Kong Xiang Chang Niu Ou Ouyang Zhuge Sima Situ Shangguan Huangfu Dai
  Pang Mo Zhan Lai Hong Qi Geng Ji Jiao Kang Ke Mei Mu Ning Rong Ruan Shan Tong Weng Xing Yi Yue Zhai
  Zhuang Zuo Bao Bian Chai Chi Chu Dou Fei Gan Huo Jian Kuang Lian Ling Lou Miao Min Nie Qu Rao Sha
  Shang Sheng Shu Tu Xi Xin Yun Zang Zhen Zhuo`,
  // Chinese: Cantonese, Hokkien, Teochew, Hakka, Wade–Giles (Hong Kong, Taiwan, South-East Asia)
  `Chan Wong Cheung Lau Lee Ng Ho Leung Lam Chow Tse Yeung Tsang Kwok Mak Chiu Fung Tam Yip Kwan Choi
  Siu Poon Tsui Hui Yuen Kong Lui Chung Mok Chau Fong Kwong Szeto Tsoi Ko Kan Mui Yiu Lim Ong Goh Chua
  Koh Teo Ang Yeo Tay Toh Sim Chong Chia Seah Foo Leong Quek Khoo Yap Soh Phua Heng Neo Kwek Loh Boey
  Oei Oey Liem Hsu Tsai Chiang Hsieh Hsiao Kuo Chou Chao Hsiung Teng Tseng Tsao Kao Chien Chuang Shih
  Sy Uy Tiu Chiong Kho Tjhin Kwee Thio Oen Auyeung Hau`,
  // Korean romanisations
  `Kim Lee Yi Rhee Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Han Seo Suh
  Shin Kwon Hwang Ahn Jeon Jun Chun Hong Yoo Yu Ko Mun Yang Bae Baek Paik Heo Nam Noh Roh Kwak Seong
  Cha Joo Ju Woo Min Ryu Na Jin Ji Eom Chae Cheon Gong Hyun Byun Byeon Yeom Yeo Choo Seok Seol Gil
  Pyo Myung Tak Hahm Maeng Gi Ki Sohn Hyeon`,
  // Japanese
  `Sato Satō Suzuki Takahashi Tanaka Watanabe Ito Itō Yamamoto Nakamura Kobayashi Kato Katō Yoshida
  Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Yamasaki Mori Abe Ikeda
  Hashimoto Yamashita Ishikawa Nakajima Nakashima Maeda Fujita Ogawa Goto Gotō Okada Hasegawa Murakami
  Kondo Kondō Ishii Saito Saitō Sakamoto Endo Endō Aoki Fujii Nishimura Fukuda Ota Ōta Miura Fujiwara
  Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita
  Hara Shibata Sakai Kudo Kudō Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Andō Taniguchi Ohno Ōno
  Maruyama Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Ōtsuka
  Kojima Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano Onishi Ōnishi
  Sugimoto Arai Hamada Ichikawa Furukawa Mizuno Komatsu Shimada Koyama Takano Yamauchi Nishida Kitamura
  Yasuda Nakata Kawaguchi Hirata Kawasaki Iida Honda Kubota Sawada Tsuji Seki Yoshimura Higashi Kuroda
  Oda Nagai Hoshino Kawamura Tsuchiya Ishihara Miyake Okabe Nishikawa Matsushita Kawakami Yoshikawa
  Koike Tachibana Kishimoto Ōtani Otani Hanyu Hanyū Kishida Suga Nishikori`,
  // Vietnamese (with diacritics; the ASCII folds are added)
  `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lâm Mai
  Trương Lương Cao Tô Hà Tạ Châu Quách Thái Tăng Kiều Lưu Từ Vương Triệu Lại Đào Đồng Khúc Chu Diệp
  Giang Hứa Ông Phùng Nghiêm Thân Quan Văn Đàm Lạc Mạc Tống Vi La Bạch Âu Kha Lục Ninh Thạch`,
  // Thai and Lao
  `Saetang Srisuk Sukhum Chaiyaporn Wongsawat Suwannarat Rattanakorn Somboon Thongchai Charoenkul
  Phromma Chaiyasit Srisuwan Wongsuwan Boonmee Boonyarat Chaiwong Saelim Saeheng Saelee Saechua
  Sukprasert Thongsuk Pongpanit Rattanapong Suksawat Jaidee Kaewmanee Kaewkla Intharat Thepsuwan
  Jitprasong Shinawatra Vejjajiva Chulanont Panyarachun Leekpai Sirivadhanabhakdi Chearavanont
  Tangsuwan Saengthong Phrommin Inthanon Siriwat Wattanakul Srisombat Prasertsak Chaisiri Wongwai
  Ruangsri Suwannasri Nakprasit Boonsong Kongsuk Sawangsuk Chanthavong Phommachanh Sisavath
  Vongphachanh Keomany Souvannaphouma Sayasone`,
  // Filipino
  `Bautista Ocampo Tomas Andrada Aquino Marcos Macapagal Magsaysay Quezon Roxas Laurel Duterte Robredo
  Pacquiao Dimaculangan Dimagiba Macaraeg Manalo Mangubat Panganiban Pangilinan Lacson Lapid Soriano
  Tolentino Villareal Domingo Manalastas Dizon Gatchalian Mabini Bonifacio Rizal Agoncillo Sison
  Gatdula Lagman Malabanan Sarmiento Bernardo Delacruz Dimaano Buenaventura Evangelista Fajardo Ignacio
  Javier Lacsamana Macaspac Magbanua Natividad Quiambao Salvador Tuazon Umali Samonte Gonzales
    Mercado Mendiola Tanedo Villanueva Resurreccion Cayetano Ejercito`,
  // Indonesian and Malay
  `Wijaya Widjaja Santoso Susanto Hidayat Kusuma Kusumawati Gunawan Halim Setiawan Saputra Saputri
  Pratama Purnomo Nugroho Wibowo Siregar Simanjuntak Nasution Harahap Sitompul Hutapea Pangaribuan
  Panjaitan Sinaga Situmorang Lubis Tanjung Sihombing Simatupang Manurung Tambunan Ginting Tarigan
  Sembiring Sitorus Rangkuti Effendi Hartono Salim Sudirman Suharto Sukarno Yudhoyono Widodo Prabowo
  Subianto Sutanto Tanoto Hartanto Kurniawan Permana Putra Putri Rahayu Lestari Wulandari Handoko
  Iskandar Irawan Kartika Kusnadi Mulyadi Nugraha Pranoto Rachman Setiadi Sugiarto Supriyadi Suryadi
  Syahputra Utomo Wahyudi Yulianto Firmansyah Hasibuan Ismail Yusof Yusoff Razak Mahathir Mohamad
  Hamzah Kassim Mokhtar Noor Salleh Zainal Zakaria Hashim Idris Jamal Kamal Mansor Yaacob Zulkifli
  Bakar Shamsuddin Rahim Tengku`,
  // Nigerian: Yoruba, Igbo, Hausa-Fulani, Efik-Ibibio, Edo
  `Adeyemi Adebayo Adewale Adeleke Adeniyi Adesanya Adegoke Afolabi Ajayi Akande Akinola Akinwale
  Akinyemi Alabi Aluko Babatunde Bakare Balogun Bello Fashola Fagbemi Falana Fayemi Ogunleye Ogunbiyi
  Ogundipe Ogunlesi Ojo Olabode Oladipo Olaniyan Olatunji Olawale Oluwole Omotola Onabanjo Osinbajo
  Oyelaran Oyewole Popoola Salami Sanusi Soyinka Tinubu Obasanjo Abiola Adeyemo Adebisi Adekunle
  Ayodele Ayoola Kolawole Oyedepo Oyebanji Okafor Okeke Okonkwo Eze Nwosu Nwachukwu Obi Okoro Okoye
  Chukwu Chukwuemeka Nwankwo Nwafor Nnamdi Nwabueze Obiora Ogbonna Okwu Okoli Onyeka Onuoha Iwu Ibe
  Igwe Ezeh Agu Anyanwu Uzor Udeh Umeh Achebe Adichie Azikiwe Okorie Nnadi Emenike Ekwueme Ugwu Ani
  Orji Mbah Eke Okonjo-Iweala Iweala Okonjo Ndukwe Abubakar Musa Usman Umar Aliyu Sani Lawal Garba
  Abdullahi Danjuma Dangote Buhari Yar'Adua Atiku Shehu Tanko Haruna Jibril Kabiru Mustapha Nuhu Sadiq
  Yakubu Zubairu Bala Dikko Gumi Ribadu El-Rufai Kwankwaso Ganduje Etim Akpan Okon Bassey Effiong Edet
  Ekpo Udoh Essien Osagie Omoregie Igbinedion Ighodaro Oshiomhole Uwaifo`,
  // Ghanaian and Ivorian / Senegalese / Malian
  `Mensah Asante Owusu Boateng Osei Agyemang Amoah Appiah Acheampong Adjei Addo Ansah Asamoah Badu Bonsu
  Darko Donkor Frimpong Gyamfi Kuffour Kufuor Manu Nkrumah Obeng Ofori Opoku Oppong Quaye Sarpong
  Tetteh Yeboah Amponsah Annan Antwi Asiedu Baffour Danquah Dankwa Kyei Nyarko Ocran Quartey Quarshie
  Sackey Wiredu Mahama Akufo-Addo Rawlings Ayew Gyan Agyeman Ampofo Anane Kwarteng Fosu Ntim Afriyie
  Amankwah Aidoo Ackah Amoako Kwakye Takyi Tawiah Nketiah Awuah Diallo Diop Ndiaye Sy Ba
  Gueye Faye Cissé Traoré Touré Keïta Koné Coulibaly Diarra Sangaré Ouattara Kouassi Kouamé Konaté
  Camara Bamba Sissoko Doumbia Drogba Mané Senghor Sall`,
  // Kenyan, Tanzanian, Ugandan, Rwandan, Somali
  `Kamau Mwangi Otieno Odhiambo Ochieng Onyango Kariuki Njoroge Kimani Maina Mutua Kiprotich Kipchoge
  Kiprop Kiptoo Cheruiyot Chebet Rotich Korir Koech Kosgei Langat Ruto Kenyatta Odinga Wekesa Wafula
  Barasa Simiyu Wanyama Juma Omondi Okoth Owino Ouma Oduor Auma Githinji Gitau Ngugi Macharia Muriuki
  Kibaki Mwai Mugo Nyong'o Mbugua Ndungu Waweru Karanja Kiplagat Jeptoo Jepkosgei Jepchirchir
  Chepkoech Mwakyusa Mwamba Massawe Mrema Lyimo Shirima Kimaro Magufuli Nyerere Kikwete Museveni
  Mugisha Okello Opio Otim Ssemakula Nakato Musoke Mukasa Ssebunya Kagame Habimana Niyonzima Uwimana
  Mukamana Nsengiyumva Ndayishimiye Mohamud Warsame Hirsi Jama Egal Aden Nur Dahir Elmi Guled Abdi
  Abdirahman Farah`,
  // Ethiopian and Eritrean
  `Tesfaye Bekele Girma Haile Tadesse Alemu Mekonnen Getachew Kebede Abebe Desta Wolde Mulugeta Demissie
  Gebre Gebremariam Gebremedhin Gebreyesus Tekle Teklehaimanot Assefa Negash Worku Ayele Hailu Kassa
  Mengistu Tefera Woldemariam Berhane Berhe Tsegaye Yohannes Abera Asfaw Gebrehiwot Fikre Selassie
  Zewde Lemma Shiferaw Dagne Wondimu Gebrselassie Dibaba Tsegay Hailemariam`,
  // Southern African: Zulu, Xhosa, Sotho, Tswana, Tsonga, Venda, Shona, Ndebele
  `Dlamini Nkosi Ndlovu Khumalo Zulu Mkhize Zungu Mthembu Shabalala Ngcobo Buthelezi Cele Mahlangu
  Sithole Mabaso Nxumalo Ntuli Gumede Msimang Mthethwa Hadebe Khanyile Mlambo Ngubane Ngema Nzimande
  Xaba Zwane Zuma Biyela Mhlongo Magubane Mandela Mbeki Sisulu Tambo Biko Hani Mabandla Mdlalose Jali
  Mgqibela Mafu Matanzima Mtshali Ntshona Qoma Sigcau Tshabalala Tshwete Mpofu Mkhwanazi Radebe Mokoena
  Molefe Mofokeng Maseko Masilela Phiri Banda Moyo Sibanda Ncube Dube Mahlaba Ramaphosa Motlanthe
  Malema Sexwale Motsepe Ramokgopa Modise Mokwena Masondo Kgosana Makhubela Mathebula Baloyi Maluleke
  Chauke Rikhotso Netshitenzhe Mudau Mangena Mabuza Nkabinde Hlongwane Mazibuko Mnguni Gama
  Mutasa Chiweshe Mugabe Tsvangirai Chamisa Mnangagwa Mujuru Nyathi Chikwanha Mwale Tembo
  Lungu Mulenga Chanda Bwalya Kaunda Hichilema Mutharika Chakwera`,
  // Afrikaans (particle names as their core word)
  `Merwe Botha Pretorius Plessis Steyn Fourie Coetzee Nel Venter Kruger Joubert Viljoen Swanepoel
  Erasmus Marais Toit Roux Wyk Zyl Oosthuizen Potgieter Louw Badenhorst Bezuidenhout Cronje Cronjé
  Klerk Engelbrecht Grobler Hattingh Janse Kotze Kotzé Labuschagne Lombard Malan Mostert Myburgh
  Pienaar Prinsloo Rossouw Schoeman Strydom Terblanche Uys Vermaak Vorster Wessels Nortje Nortjé
  Claassen Cilliers Delport Preez Els Hugo Jordaan Kemp Lategan Niemand Opperman Rautenbach Snyman
  Theron Vosloo Bekker Bester Breytenbach Burger Conradie Heyns Kriel Liebenberg Lourens Minnaar
  Nieuwoudt Retief Roodt Smuts Stander Niekerk Verwoerd Wiese`,
  // Pacific: Māori, Samoan, Tongan, Fijian, Hawaiian
  `Ngata Parata Tamihana Tipene Wiremu Hohepa Rangi Pomare Tahi Tamatea Paora Hetaraka Horomona Kereama
  Ruatapu Taiaroa Waaka Waititi Heke Tapsell Rewi Pene Peneha Tomoana Tawhiri Tawhai Kingi Hona
  Manihera Tuhiwai Herewini Ngārimu Ngarimu Tuilagi Faleolo Leota Tuimavave Tupou Fonoti
  Tuiasosopo Fuimaono Sapolu Sopoaga Tuala Faamausili Mata'afa Matagi Toleafoa Tauiliili Leavasa
  Aumua Salave'a Fifita Havili Taufa Vaipulu Kioa Lolohea Fonua Moala Pulu Taione Latu Taumalolo
  Vunipola Lomu Rabuka Bainimarama Qarase Vuniwai Nadolo Nakarawa Radradra Koroibete Tuisova Volavola
  Waqa Naivalu Kahananui Kealoha Kamakau Kahale Kalama Kamaka Kanahele Akana Keawe Kanoho Kekumu Kaleo`,
];

/** All family names of the broad list, as written (capitalised) and as plain ASCII folds. */
export const WORLD_SURNAMES: ReadonlySet<string> = nameListSet(GROUPS, LEFT_OUT);
