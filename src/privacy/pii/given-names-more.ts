/**
 * @module privacy/pii/given-names-more — more given names from many language communities, written
 * from general knowledge on 2026-11-26 (not from any evaluation corpus). It widens WORLD_GIVEN_NAMES
 * (given-names-world.ts merges this set into its own): hyphenated compounds ("Jean-Baptiste",
 * "Hans-Peter", "Per-Olof", "Ana-Maria"), romanised Korean names with a hyphen ("Min-jun",
 * "Seo-yeon"), Chinese pinyin and Japanese given names, and more names per community.
 *
 * Every entry with diacritics or a special letter (ø, ł, ß, ð, þ, æ, đ, ı) is also added in its plain
 * ASCII fold ("Linnéa" → "Linnea", "Åsa" → "Asa"). Entries that are also English words, places or
 * brands are not trusted alone: the detector checks words against the wink lexicon at use.
 */

import { nameListSet, words } from './name-list-set.js';

/*
 * Left out on purpose, also when they arise as an ASCII fold ("Hùng" → "Hung", "Sơn" → "Son"): given
 * names that are very frequent English words ("Will", "May", "Mark", "Grace", "Hope", "Joy", "Per",
 * "Even", "Can", "Said", "Made", "Long", "My"); at a sentence start they would read as names.
 */
const LEFT_OUT: ReadonlySet<string> = new Set(
  words(`Will May June April Rose Hope Faith Grace Joy Mark Bill Pat Sue Art Guy Rob Don Ray Jack Frank
  Bob Gene Chase Hunter Angel Precious Lovely Honey Destiny Harmony Justice Sunny Summer Autumn Dawn
  Crystal Ruby Pearl Iris Lily Ivy Holly Daisy Sky River Star Rain Can Said Made Long Son Hung Van Yen
  Do Ha To Ta An Oh So Go No Man Fan Pan Sun Song He Bang Ding Won Um Ok Sung Moon Park Lo La Law Low
  My Loan Tram Hang Dung Lien Bin Gang Shun Per Even Tone Bent Mats Mate Till Beat Semi Lose Mega Yoga
  Dev Danish Lucky Happy Major Sterling Rich Young Miles Chance Sage Reign Royal Saint Win Aye Sang
  Thong Tin Saga Job Joke Edit Ion Earl Misty Sultan Jihad`),
);

/** Given names by community (the grouping is only for maintenance; one set is exported). */
const GROUPS: readonly string[] = [
  // English-speaking
  `Abigail Adrian Alan Albert Alexander Alice Amy Angela Anthony Ashley Barbara Benjamin Betty Brenda
  Brian Bruce Carl Carol Catherine Charles Cheryl Christina Christopher Cynthia Daniel David Debra
  Dennis Diana Diane Donna Douglas Edward Elizabeth Emma Eric Ethan Frances Gary George Gloria Gregory
  Hannah Harold Heather Helen Henry Jacob Janice Jason Jeffrey Jennifer Jerry Jessica Joan John
  Jonathan Joseph Joshua Judith Julie Justin Karen Katherine Kathleen Keith Kelly Kenneth Kevin
  Kimberly Larry Laura Lauren Linda Lisa Margaret Marilyn Martha Matthew Megan Michael Michelle Nancy
  Nicholas Nicole Olivia Pamela Patricia Patrick Paul Peter Rachel Raymond Rebecca Richard Robert Roger
  Ronald Ruth Ryan Samantha Samuel Sarah Scott Sean Sharon Shirley Stephanie Stephen Steven Susan
  Teresa Thomas Timothy Tyler Victoria Walter Wayne William Jayden Brayden Kayden Aiden Liam Noah
  Logan Lucas Oliver Elijah Owen Wyatt Landon Easton Colton Bentley Harper Avery Aubrey Skylar
  Madison Mackenzie Kinsley Everly Peyton Hailey Kaylee Jaxon Ryder Bryson Greyson Kinley Emersyn
  Raelynn Gwendolyn Hayley Jolene Kristy Lacey Mandy Misty Rhiannon Shelby Tammy Tracy Trudy Vance
  Wesley Clint Dwight Earl Elmer Gordon Herman Homer Lloyd Lyle Merle Milton Myron Otis Virgil`,
  // African-American
  `Shanice Tyrone Keisha Lakisha Latoya Latisha Tamika Shaniqua Ebony Jamal Darnell DeShawn Deshawn
  DeAndre Deandre Jamar Marquis Tyrell Terrell Darius Malik Rashad Lamar Jalen Jaylen Kendrick Trevon
  Devonte Dashawn Tavon Antoine Tanisha Shaquille Shanelle Aaliyah Imani Jasmine Tiana Kiara
  Dominique Monique Latrice Shameka Laquisha Tameka Tamara Yolanda Latonya Shawanda Ayanna Jamila
  Janae Tyesha Keshawn Trayvon Dewayne Jermaine Javon Demetrius Alonzo Tremaine Rasheed Kareem Andre
  Lashonda Shavonne Deja Journee Amari Zion Nevaeh Jaliyah Kenyatta LaToya LaShawn DaQuan Daquan
  Jaquan Keyshawn Marquise Rashida Shaniya Taniyah Tyreek Zaire`,
  // Irish, Scottish, Welsh
  `Aengus Aodhan Bríd Caoilfhionn Conall Conor Connor Darragh Dearbhla Donncha Éabha Éanna Fiachra
  Fionnuala Fionnghuala Gráinne Iseult Labhrás Liadan Máire Mairéad Muireann Nuala Odhrán Ríona Rónán
  Sadhbh Seosamh Siún Tomás Úna Ailbhe Cathal Cian Ruadhán Bláthnaid Ailean Eachann Ewan Kenna Kirsty
  Lorna Morven Murdo Sorcha Struan Torquil Greer Mhairi Aled Aneurin Bethan Catrin Dylan Eirlys Elin
  Glyn Gwenllian Heledd Huw Ifan Llŷr Meinir Osian Rhodri Seren Tegan Tomos Trystan Siobhán Pádraic
  Peadar Micheál Bairbre Caitríona Oonagh Aoibheann Clíodhna Dónal`,
  // French, Belgian, Swiss, Québécois (incl. hyphenated compounds)
  `Jean-Baptiste Jean-Pierre Jean-Paul Jean-Luc Jean-Marc Jean-Claude Jean-François Jean-Michel
  Jean-Louis Jean-Jacques Jean-Yves Jean-Philippe Jean-Marie Jean-Christophe Jean-Charles Jean-Sébastien
  Marie-Claude Marie-Christine Marie-France Marie-Hélène Marie-Laure Marie-Pierre Marie-Thérèse
  Marie-Louise Marie-Anne Marie-Josée Marie-Ève Marie-Noëlle Marie-Odile Anne-Marie Anne-Sophie
  Anne-Laure Anne-Claire Pierre-Yves Pierre-Louis Pierre-Alexandre Louis-Philippe Paul-Henri
  Charles-Henri François-Xavier Aurélien Benjamin Bérénice Camille Charlotte Chloé Éloïse Emmanuel
  Gabin Héloïse Jérémie Josiane Léa Léon Loïc Ludovic Manon Mathis Maëlys Nathan Noé Octave
  Perrine Raphaël Sacha Sandrine Séverine Stéphane Sylvie Thibaut Tristan Victoire Yann Yasmine Zélie
  Gwenaël Gwenaëlle Maïwenn Nolwenn Erwan Killian Maël Ghislain Armelle Bertille Clotilde Cyprien
  Florent Gaëtan Honorine Isaure Jocelyne Lucile Ludivine Marius Mireille Murielle Nathalie Odette
  Raymonde Solange Yvette Amandine Anaëlle Apolline Aurore Axelle Bénédicte Christelle Coralie
  Edwige Estelle Fanny Flavie Gaël Jordane Laurène Maryse Morgane Nadia Ophélie Rodolphe Roselyne
  Sidonie Thaïs Virginie Wilfried`,
  // German, Austrian, Swiss (incl. hyphenated compounds)
  `Friederike Henrike Svenja Ute Gerd Hans-Peter Hans-Jürgen Hans-Georg Hans-Joachim Hans-Dieter
  Hans-Ulrich Karl-Heinz Klaus-Dieter Klaus-Peter Ernst-August Wolf-Dieter Kai-Uwe Heinz-Josef
  Anna-Lena Lisa-Marie Marie-Luise Eva-Maria Anne-Kathrin Ann-Kathrin Anna-Maria Annegret Antje Bärbel
  Brunhilde Dörte Edeltraud Elfriede Gesine Gunhild Hedwig Heidemarie Ingeborg Irmgard Kunigunde
  Liesel Lieselotte Lisbeth Mareike Marlene Rosemarie Sieglinde Silke Sigrid Swantje Theresia Trude
  Ulla Wiebke Almut Frauke Imke Inken Hauke Ole Sönke Jannik Jannis Lennart Malte Merle Tjark Fiete
  Hannes Jonas Kai Kilian Knut Lutz Maik Mirko Nico Olaf Rainer Reiner Siegfried Sigmund Steffen Thilo
  Tilo Timo Ulf Ulrich Veit Waldemar Wilfried Winfried Wolfram Eckhard Ekkehard Gottfried Günter
  Gunther Hartmut Heiko Helmuth Herbert Holger Ingo Joachim Jürgen Klaus Lothar Markus Otmar Ottmar
  Reinhold Rupert Sebastian Sven Udo Wilhelm Urs Reto Ueli Fritz Kaspar Jakob Seraina Ladina Flurina
  Corina Nadja Sepp Franz Ferdinand Leopold Maximilian Valentin Xaver Resi Vroni Kathi Gerlinde
  Hiltrud Ilona Jana Katja Maren Nele Regina Roswitha Tanja Vanessa Gregor Detlev Dietmar Eberhard
  Gerald Gernot Hagen Henning Ingolf Jochen Konstantin Kuno Meinrad Ortwin Sigurd Volkmar`,
  // Dutch and Flemish
  `Anouk Bas Bregje Daphne Eline Evert Froukje Gijs Hanneke Hidde Jasper Jelle Jikke Jorien Jorrit
  Karlijn Lars Luuk Maaike Marieke Marloes Mees Merel Milou Nienke Noor Pim Quinten Remco Rik Roel
  Rutger Sem Sietske Sjaak Teun Tijn Wessel Wietske Willemijn Ymke Aart Arjen Baukje Cor Douwe Eelco
  Fokke Gerben Hein Hylke Jochem Klaas Meindert Menno Pieternel Reinout Rens Sietse Siebe Thom Wybren
  Jef Lowie Lieven Seppe Wout Brecht Nele Katrien Veerle Hilde Greet Jozefien Annelies Dieuwke Fleur
  Geertje Hendrikje Ingrid Janneke Joke Liesbeth Marjolein Mirjam Roos Saskia Tineke Wilhelmina
  Arnout Bastiaan Cornelis Floris Frits Gert-Jan Jan-Willem Jan-Peter Hendrik-Jan Kees-Jan Job Lodewijk
  Martijn Olivier Pepijn Reinier Sjors Stefan Tijmen Valentijn Wijnand`,
  // Nordic: Swedish, Norwegian, Danish, Finnish, Icelandic (incl. hyphenated compounds)
  `Torben Åsa Linnéa Agneta Annelie Anneli Astrid Barbro Birgitta Britt Britta Dagny Ebba Elsa Frida
  Gunilla Gunnel Hedvig Ingrid Inger Ingegerd Kajsa Karin Kerstin Lena Lovisa Maja Malin Märta Moa
  Ronja Saga Signe Siv Solveig Stina Svea Tove Tuva Ulrika Vera Viveka Wilma Alva Ellen Idun Ylva
  Agnetha Anders Arvid Bengt Björn Bo Erik Fredrik Göran Gunnar Gustav Hampus Håkan Henning Ingvar
  Kjell Lars Leif Linus Ludvig Magnus Mattias Nils Olof Ove Rasmus Sixten Staffan Stig Sune Sten Tage
  Tor Torbjörn Torsten Valter Viggo Per-Olof Per-Erik Per-Olov Lars-Erik Lars-Göran Karl-Johan
  Jan-Erik Jan-Olof Carl-Johan Ann-Kristin Ann-Sofie Ann-Charlotte Anna-Karin Eva-Lena Maj-Britt
  Aksel Anette Bjørn Dagfinn Eivind Espen Geir Gunnhild Halvor Håvard Hege Ingvild Jorunn Kjersti
  Kristoffer Magne Marit Morten Oddvar Ola Petter Ragnhild Randi Rune Silje Sindre Siri Sølvi Stian
  Sverre Terje Thea Torstein Trond Trygve Turid Vegard Vidar Åse Øystein Ørjan Jens-Petter Anker
  Asger Bodil Dorte Flemming Frode Grethe Jesper Jørgen Kirsten Lærke Mogens Palle Pernille Preben
  Søren Steen Susanne Tine Trine Ulrik Vibeke Aino Aleksi Antti Eero Eija Eila Heikki Helmi Ilkka
  Jaana Jani Jarmo Jouni Juha Jukka Jussi Kaarina Kalle Katja Kimmo Leena Liisa Lotta Maija Marja
  Markku Matti Mika Minna Niina Oona Outi Paavo Päivi Pekka Pentti Petri Pirjo Raija Riikka Ritva Sami
  Sanna Satu Seppo Sirpa Taina Tapio Tarja Teemu Tiina Tuomas Tuula Veikko Venla Ville Ilmari Väinö
  Iida Eetu Onni Elias Emilia Guðrún Sigríður Kristín Jóhanna Katrín Halldóra Sigrún Björk Hildur
  Erla Ragnheiður Þóra Bryndís Brynja Jón Sigurður Guðmundur Ólafur Kristján Magnús Stefán Jóhann
  Björgvin Birgir Þór Haukur Hrafn Snorri Egill Ragnar Halldór Ásgeir Þórunn Steinunn`,
  // Italian
  `Alessandro Alessandra Andrea Antonella Carlo Carmela Chiara Claudio Concetta Cristina Daniela
  Davide Donatella Elena Emanuele Fabio Federica Filippo Francesca Francesco Gabriele Giacomo Gianluca
  Giorgia Giorgio Giovanna Giovanni Giulia Giuliana Giulio Giuseppe Giuseppina Ilaria Leonardo Luca
  Luigi Marco Maria Matteo Mattia Maurizio Michela Michele Nicola Nicoletta Paola Pietro Raffaele
  Riccardo Roberta Salvatore Sara Serena Silvia Stefania Stefano Tommaso Valerio Vincenzo Vittorio
  Gianmarco Gianluigi Pierluigi Piergiorgio Gianfranco Giancarlo Annamaria Mariangela Mariagrazia
  Marisa Loredana Ornella Patrizia Rossella Tiziana Fiorella Graziella Lucrezia Martina Noemi Aurora
  Gaia Ettore Fulvio Gennaro Pasquale Rocco Ugo Corrado Edoardo Elio Guido Ivano Manuele Ottavio
  Renato Rino Tullio Benedetta Cinzia Debora Elisabetta Fabiola Gabriella Manuela Mariella Ottavia
  Raffaella Tatiana Vanessa Agnese Alba Carmine Cosimo Domenico Fabrizio Gioele Ignazio Leonarda
  Mariarosa Nunzia Piero Rosalba Sandro Tiziano Vito`,
  // Spanish, Latin American, Catalan, Basque
  `Alejandro Alejandra Alicia Álvaro Ángel Beatriz Carmen Catalina Consuelo Concepción Cristóbal Dolores
  Eduardo Elena Esperanza Esteban Fernando Francisco Gonzalo Guadalupe Guillermo Gustavo Ignacio
  Inmaculada Isabel Javier Jesús Jimena Joaquín Jorge José Josefa Juan Juana Julio Leticia Lucía Luis
  Luisa Manuel Manuela Marcela Margarita María Mercedes Miguel Milagros Montserrat Nerea Nicolás Pablo
  Paloma Pedro Pilar Ramón Raquel Rocío Rodrigo Rosario Santiago Sofía Soledad Valentina Vicente Ximena
  Yolanda Adolfo Agustín Alfonso Amparo Anselmo Aurelio Baltasar Benito Casimiro Celia Ciro Desiderio
  Emilio Encarnación Eusebio Fidel Florentino Gregorio Hortensia Inés Jacinto Lázaro Leandro Macarena
  Marisol Nieves Octavio Purificación Reinaldo Remedios Rigoberto Saturnino Teodoro Urbano Visitación
  Jordi Josep Joan Pau Pere Xavier Xavi Arnau Oriol Marc Núria Montse Mercè Laia Aina Ona Roser
  Meritxell Queralt Iker Aitor Unai Asier Gorka Iñaki Mikel Xabier Ander Eneko Josu Koldo Aitziber
  Ainhoa Amaia Arantxa Edurne Idoia Itziar Leire Maite Nekane Garazi Irati Uxue Ibai Oier Julen`,
  // Portuguese and Brazilian
  `Afonso Bruna Caio Camila Conceição Diogo Duarte Fábio Gabriela Gonçalo Inês Joana João Leonor Luíza
  Marcos Mariana Matheus Mateus Renata Rui Sebastião Thiago Tiago Vitória Fernanda Adriana Aline
  Larissa Letícia Thaís Vinícius Rafaela Leandro Rogério Wellington Cláudio Cristiano Deise Jussara
  Luciana Simone Anderson Cleide Edson Elaine Everton Gilberto Heloísa Jaqueline Jefferson Josué
  Luan Marcelo Maurício Neymar Odete Raimundo Rivaldo Romário Sônia Sueli Tânia Valdir Vanderlei
  Washington Zélia Benedita Lurdes Maria-João João-Pedro Ana-Luísa Ana-Clara Maria-Eduarda`,
  // Polish
  `Agnieszka Aleksandra Andrzej Bartłomiej Bogdan Bożena Czesław Danuta Dariusz Dorota Elżbieta Ewa
  Grażyna Grzegorz Halina Henryk Irena Jacek Jadwiga Jakub Janina Janusz Jarosław Jerzy Joanna Józef
  Kamil Karolina Katarzyna Krystyna Krzysztof Leszek Łukasz Maciej Magdalena Małgorzata Marek Mariusz
  Marzena Mateusz Michał Mirosław Monika Paweł Piotr Przemysław Radosław Renata Ryszard Sławomir
  Stanisław Tadeusz Tomasz Urszula Wanda Wiesław Wojciech Zbigniew Zdzisław Zofia Zuzanna Żaneta
  Bronisław Wiesława Jolanta Beata Iwona Sylwia Kinga Natalia Oliwia Wiktoria Szymon Filip Antoni
  Igor Kacper Wiktor Franciszek Bolesław Mieczysław Kazimierz Władysław Stefania Genowefa`,
  // Czech and Slovak
  `Jiří Jana Petr Hana Pavel Lenka Tomáš Jaroslav Miroslav Zdeněk Věra Kateřina Ondřej Lucie Tereza
  Vojtěch Lubomír Ludmila Radek Vladimír Zuzana Milan Miloš Dušan Ľubica Jozef Mária Matej Branislav
  Bohumil Blanka Drahomíra Jarmila Libuše Radka Šárka Vlasta Zdeňka Alžběta Anežka Bořivoj Čestmír
  Dobroslav Eliška Jaromír Jitka Kvido Ladislav Libor Marcela Markéta Milada Miroslava Přemysl Radim
  Radovan Stanislava Svatopluk Václav Vendula Vítězslav Zbyněk Ľudmila Ľubomír Peter Marek Juraj`,
  // Hungarian
  `Ágnes Anikó Attila Balázs Bence Csaba Dániel Dóra Edit Emese Enikő Erzsébet Ferenc Gábor Gergely
  Gyula Gyöngyi Ildikó Imre István Judit Katalin Krisztina Kinga Levente Lajos László Marianna Márton
  Mihály Miklós Nóra Orsolya Péter Réka Sándor Szilvia Tamás Tibor Zoltán Zsófia Zsuzsanna Zsolt
  Csilla Boglárka Eszter Gyöngyvér Ákos Árpád Barnabás Botond Dezső Endre Ernő Géza Győző Jenő Kálmán
  Károly Lőrinc Norbert Ödön Szabolcs Tünde Vilma Zsuzsa Piroska Rozália Magdolna`,
  // Romanian and Moldovan (incl. hyphenated compounds)
  `Ana-Maria Maria-Elena Maria-Cristina Ana-Lucia Ioana Andreea Alexandru Cătălin Cosmin Cristian
  Dorin Florin Gheorghe Ion Ionuț Iulia Laurențiu Mihaela Mircea Mihai Nicoleta Oana Ovidiu Petru
  Radu Raluca Roxana Sorin Ștefan Teodora Vasile Viorel Viorica Alina Anca Bianca Camelia Cezar Claudiu
  Costel Dragoș Georgiana Horia Liviu Lucian Nicușor Răzvan Tudor Vlad Adela Adina Aurelia Carmen
  Corneliu Dănuț Doina Emil Florentina Gigel Ileana Lavinia Lucreția Marcel Mădălina Octavian Petruța
  Rodica Sanda Silviu Traian Valeriu Virgil`,
  // Russian, Ukrainian, Belarusian
  `Aleksandr Aleksei Alexei Alexey Anatoly Andrei Andrey Anton Arkady Artem Artyom Denis Dmitry Dmitri
  Evgeny Yevgeny Fyodor Gennady Grigory Ilya Ivan Kirill Leonid Maksim Maxim Mikhail Nikita Nikolai
  Oleg Pyotr Ruslan Sergei Sergey Stanislav Stepan Timofei Vadim Valery Vasily Viktor Vitaly
  Vladislav Vyacheslav Yaroslav Yegor Yuri Yury Alla Alyona Anastasia Anzhela Darya Daria Ekaterina
  Yekaterina Yelena Evgenia Galina Inna Irina Kseniya Ksenia Lyudmila Lyubov Marina Nadezhda Natalia
  Natalya Oksana Olga Polina Svetlana Tatiana Tatyana Ulyana Valeria Varvara Viktoria Yulia Yuliya
  Zhanna Zoya Sasha Dima Misha Kolya Seryozha Vanya Volodya Katya Nastya Masha Dasha Tanya Sveta Olya
  Bohdan Dmytro Mykola Mykhailo Oleksandr Oleksii Oleksiy Petro Serhii Serhiy Taras Vasyl Volodymyr
  Yurii Andrii Hryhorii Ostap Yaroslava Olena Halyna Iryna Kateryna Liudmyla Nataliia Solomiia
  Svitlana Tetiana Viktoriia Yuliia Khrystyna Aliaksandr Aliaksei Siarhei Uladzimir Yauhen Zmitser
  Volha Tatsiana Sviatlana Alena Arseny Bogdan Gleb Matvei Rodion Savva Semyon Vsevolod Yakov
  Zakhar Agniya Alisa Arina Eva Kira Milana Sofya Taisiya Vasilisa Veronika Yana`,
  // Balkan: Serbian, Croatian, Bosnian, Slovene, Macedonian, Bulgarian, Albanian
  `Aleksandar Biljana Bojan Branko Darko Dejan Dragan Dragana Dušan Goran Gordana Ivana Ivica Jelena
  Jovana Katarina Ljiljana Luka Marija Marko Milica Mladen Nebojša Nemanja Nenad Nikola Predrag
  Radovan Sanja Slobodan Snežana Srđan Srdjan Tanja Vesna Zoran Željko Ante Ivo Josip Kristijan
  Tomislav Vedran Zlatko Zrinka Amra Adnan Almir Amela Armin Damir Edin Elvir Emina Emir Haris Lejla
  Mirza Nermin Selma Senad Aida Ajla Alen Alma Mirsad Jasmina Matej Blaž Jure Žiga Urška Tjaša Špela
  Mojca Anže Rok Tadej Borislav Dimitar Georgi Hristo Iliya Ivaylo Kaloyan Krasimir Lyubomir Nikolay
  Plamen Rumen Stoyan Todor Tsvetan Vasil Yordan Desislava Gergana Iliana Kalina Mariya Milena Petya
  Radostina Ralitsa Silviya Snezhana Tsvetelina Yana Arben Besnik Blerim Bujar Dritan Edon Fatos
  Flamur Gentian Ilir Kreshnik Labinot Valon Arta Besa Blerta Dafina Donika Drita Elira Fjolla Jeta
  Liridona Mimoza Teuta Vjosa Dragutin Đorđe Miodrag Radmila Stojan Vukašin Zvonimir Ljubica`,
  // Greek and Cypriot
  `Athanasios Charalambos Christos Dimitrios Eleftherios Evangelos Georgios Ioannis Konstantinos
  Kyriakos Michail Nikolaos Panagiotis Spyridon Stavros Stylianos Theodoros Vasileios Yannis Giannis
  Kostas Nikos Dimitris Giorgos Thanasis Vangelis Lefteris Panos Manolis Aikaterini Eleni Ioanna
  Despina Dimitra Evangelia Konstantina Paraskevi Vasiliki Chrysoula Angeliki Eirini Foteini
  Kalliopi Panagiota Stavroula Theodora Zoi Xanthi Athina Anastasios Apostolos Emmanouil Grigoris
  Ilias Kleanthis Miltiadis Odysseas Periklis Sotiris Takis Themis Vasilis Yiorgos Andreas Argyro
  Chrysanthi Efthymia Fotini Georgia Katerina Marina Myrto Niki Olympia Sofia Stella`,
  // Baltic: Latvian, Lithuanian, Estonian
  `Aivars Andris Artūrs Edgars Gatis Ilze Inese Jānis Kristaps Laila Līga Māris Raimonds Uldis Valdis
  Zane Aurimas Dainius Gediminas Giedrius Justinas Kęstutis Mantas Mindaugas Rimantas Saulius Tomas
  Vytautas Agnė Aistė Dalia Eglė Gintarė Ieva Jurgita Kristina Rasa Rūta Vaida Aare Andrus Indrek
  Jaan Kalev Kristjan Margus Mart Priit Rein Tõnu Urmas Kadri Kersti Liis Maarja Piret Riina Tiiu Triin
  Arvydas Audrius Birutė Dovilė Gražina Ona Rimas Vilma Žydrūnas Dace Gunta Ināra Kārlis Oskars
  Sandis Baiba Anneli Kaja Lembit Tiit Toomas Ülle`,
  // Turkish and Azerbaijani
  `Ahmet Ayşe Barış Berk Burak Cem Cemal Deniz Ebru Elif Emine Emre Erkan Esra Fatma Gökhan Gül Hakan
  Hülya İbrahim Kemal Levent Mehmet Melek Merve Murat Mustafa Nur Oğuz Orhan Özlem Selin Serkan Sevgi
  Sibel Tolga Tuğba Ufuk Volkan Yasemin Yusuf Zeynep Zehra Ömer Hüseyin Hasan Kübra Büşra Cansu Ceren
  Damla Derya Dilek Ece Eda Gizem Gülşen Hande Irmak İrem Meltem Nilüfer Pınar Seda Şebnem Tülay
  Yağmur Arda Alp Batuhan Berkay Caner Doruk Efe Enes Eren Furkan Görkem İlker Kaan Kerem Mert Onur
  Ozan Selim Sinan Tarık Umut Yiğit Aysel Elnur Günel Ilham Leyla Nigar Rashad Sevinj Tural Vugar`,
  // Arabic (Levant, Gulf, Egypt, Maghreb)
  `Abdullah Abdulrahman Abdelrahman Abdulaziz Abdelaziz Abdallah Ahmad Ahmed Amir Ammar Anas Ayman
  Bilal Fadi Faisal Fares Hamza Hani Hassan Hisham Hussein Ibrahim Imad Jamal Kareem Karim Khaled
  Khalid Mahmoud Majid Marwan Mazen Mohammad Mohammed Muhammad Mustafa Nabil Nasser Omar Osama Rami
  Samir Sami Tamer Tariq Walid Waleed Yasser Youssef Yousef Zaid Ziad Abir Aisha Aya Dalia Dina Farah
  Fatima Ghada Hala Hanan Hiba Huda Iman Jana Lama Layla Leila Lina Maha Manal Mariam Maryam Mona Nada
  Nadia Noor Nour Rana Rania Reem Rima Salma Samar Suha Wafa Yasmin Zainab Zeina Abdelkader Abdelhak
  Karima Khadija Malika Naima Rachid Rachida Saida Samira Souad Yacine Yassine Youcef Mehdi Amine Hakim
  Mourad Nabila Ouafa Sofiane Bouchra Hajar Imane Kenza Loubna Meriem Siham Wiam Zineb Fadwa Houda
  Abdulla Adel Ashraf Basel Bassam Ehab Emad Fawaz Ghassan Hazem Issam Jihad Kamal Louay Maher Moataz
  Muath Nizar Qasim Raed Saad Sultan Talal Wael Yazan Zakaria Asmaa Dua Eman Ghadeer Haneen Jumana
  Lubna Mai Nawal Rasha Razan Sawsan Shatha Tasneem Wejdan`,
  // Persian, Afghan, Kurdish
  `Arash Ardeshir Babak Bahram Behnam Behrouz Dariush Ehsan Farhad Farid Farzad Hamid Hossein Hooman
  Jamshid Kamran Kaveh Kourosh Cyrus Mehran Milad Mohsen Morteza Navid Omid Payam Pedram Peyman Pouya
  Ramin Reza Saeed Saman Sepehr Shahab Shahin Siavash Sina Soheil Vahid Yasin Arezoo Azadeh Bahar
  Farnaz Fatemeh Golnar Haleh Kimia Ladan Laleh Mahsa Mina Mitra Nasrin Negar Niloofar Nilufar Parisa
  Parvaneh Pegah Roya Sahar Shadi Shirin Shiva Simin Soraya Tara Yasaman Yalda Zahra Ziba
  Fereshteh Gulalai Hamidullah Khalilullah Malalai Nazanin Rozhin Shilan Zhila Dilan Rojda Berivan
  Azad Baran Karwan Rebwar Shvan`,
  // Hebrew and Jewish
  `Avi Avraham Ariel Asaf Boaz Chaim Haim Dov Eitan Elad Eli Eliezer Ezra Gal Gideon Ido Itai Itay Lior
  Meir Menachem Moshe Nadav Noam Omer Oren Raz Ronen Shai Shimon Shlomo Tal Tomer Uri Yael Yair Yaakov
  Yehuda Yitzhak Yoav Yonatan Yosef Ziv Adi Avital Ayelet Dafna Hadas Hila Keren Liat Limor Maayan
  Michal Miri Moran Nili Noa Ofra Orly Rivka Ronit Shira Shlomit Sigal Tamar Tzipora Yifat Yocheved
  Chana Devorah Leah Malka Batsheva Mazal Mordechai Nachum Pinchas Reuven Shmuel Tzvi Yehoshua Zev
  Efrat Galit Inbal Merav Osnat Revital Sivan Tali Tzila Yardena`,
  // Indian: North, West, East (incl. Punjabi / Sikh)
  `Venkatesh Deepika Aarav Aditi Aditya Ajay Akash Amit Amitabh Anand Anil Anita Anjali Ankit Anupam
  Arjun Arun Aruna Ashok Bhavna Chandra Darshan Deepak Dinesh Divya Gaurav Geeta Girish Gita Harish
  Harsha Hemant Indira Jaya Jyoti Kajal Kamala Kavita Kiran Krishna Lakshmi Madhav Madhuri Mahesh
  Manish Manoj Meena Mohan Mukesh Nandini Naresh Neha Nikhil Nisha Pallavi Pooja Prakash Pramod
  Prashant Preeti Priya Priyanka Rahul Raj Rajesh Rakesh Ramesh Ravi Rekha Ritu Rohit Sachin Sanjay
  Sandeep Sangeeta Santosh Sapna Sarita Shalini Shanti Shekhar Shilpa Shreya Shruti Siddharth Sneha
  Sonali Sunil Sunita Suresh Swati Tanvi Usha Varun Vidya Vijay Vikram Vinod Vishal Yogesh Aishwarya
  Ananya Anushka Ishaan Kabir Karan Kartik Kriti Meera Nikita Riya Saanvi Tanya Vivaan Vihaan Reyansh
  Advait Aryan Dhruv Ishita Jahnavi Kavya Myra Navya Pranav Rishi Rohan Sahil Tanmay Yash Gurpreet
  Harpreet Jaspreet Manpreet Simranjeet Amandeep Navdeep Hardeep Kuldeep Jasbir Harjit Baljit Gurinder
  Harinder Jaswinder Sukhwinder Parminder Rajinder Balwinder Paramjit Sukhdeep Gurleen Harleen Jasleen
  Simran Navneet Rupinder Kulwinder Abhishek Anirudh Arnav Debashish Indrani Joydeep Koushik Moumita
  Parijat Rituparna Sourav Subhash Suchitra Tanushree`,
  // Indian: South
  `Venkat Srinivas Srinivasan Subramaniam Balaji Ganesh Gopal Karthik Karthikeyan Krishnan Lakshmanan
  Murali Muthu Nagaraj Narayan Padma Parvati Prasad Raghu Rajendra Ramakrishna Ramya Ranganathan Sarala
  Saraswati Selvam Senthil Shankar Sivakumar Sridhar Srikanth Sriram Subbu Sudha Sundar Swaminathan
  Thiru Uma Vasanth Vasanthi Vijayalakshmi Anitha Kavitha Sangeetha Revathi Latha Radha Shobha Suma
  Geetha Lalitha Malathi Suganya Keerthi Nithya Priyadarshini Bhavani Jayanthi Kalpana Manjula
  Nirmala Pushpa Vanitha Yamuna Sabarish Arvind Aravind Ashwin Dinakar Gokul Jagadish Mahadevan
  Manikandan Nandakumar Prabhakar Raghavendra Sathish Satish Thyagarajan Vignesh Vinayak Vishnu
  Aishwarya Bharath Chaitanya Harini Janani Kishore Madhavan Mythili Naveen Pradeep Ramesh Sharanya
  Sowmya Srividya Tharun Vaishnavi`,
  // Pakistani, Bangladeshi, Nepali
  `Adeel Ahsan Aamir Asad Asif Atif Babar Fahad Farhan Faraz Haris Imran Irfan Junaid Kashif Naveed
  Nadeem Qasim Rizwan Sajid Salman Shahid Shahzad Shoaib Tahir Usman Waqar Waqas Zeeshan Zubair Ayesha
  Asma Bushra Fariha Hina Iqra Javeria Mahnoor Maira Mehwish Noreen Rabia Saba Sadia Sana Shazia Sidra
  Sobia Uzma Zara Zoya Anika Farzana Nasreen Rehana Shamima Sharmin Sultana Taslima Tahmina Nusrat
  Rumana Shahana Mahmuda Fahmida Abul Anisur Habibur Mizanur Mahbub Mostafizur Rafiq Shafiq Shakil
  Tanvir Touhid Tamim Mushfiqur Sakib Shakib Rubel Ripon Sohel Jahangir Mamun Bishal Binod Dipak
  Kamal Kiran Prabin Rajan Sabin Sagar Sujan Anju Bimala Laxmi Nirmala Puja Sabina Sushila`,
  // Sri Lankan
  `Chaminda Dilshan Lasith Mahela Nuwan Prasanna Sanath Thilina Upul Chamari Dilani Ishara Kumudu
  Malini Nadeesha Nirosha Sanduni Shanika Sachini Asanka Chathura Dhananjaya Lahiru Kasun Tharindu
  Isuru Nimal Ranil Gotabaya Mahinda Chandrika Sirimavo Dulani Anura Ajith Nalin Priyantha Sampath
  Janaka Nishantha Nilmini Rasika Sewwandi Madushani Hasini Gayani Dinuka Kavindu Pathum Sahan`,
  // Chinese (pinyin, Cantonese and Taiwanese forms)
  `Xiuying Zihan Yutong Wei Fang Na Min Jing Qiang Lei Jun Yong Yan Jie Juan Tao Ming Chao Xiulan Xia
  Guiying Hua Jian Hui Xiaoyan Xiaohong Xiaomei Xiaojuan Xiaoli Xiaoyu Xiaowei Xiaojun Xiaolong
  Xiaogang Jianhua Jianguo Jianjun Jianping Guoqiang Zhiqiang Haitao Haiyan Hongmei Hongwei Lijuan
  Lihua Liping Meiling Yuling Yumei Yufei Yuhan Yuxin Yuqi Yiming Yixuan Yichen Zimo Zirui Zixin
  Zhiyuan Haoyu Haoran Hao Bowen Junjie Jiahao Jiaxin Jiaqi Jiayi Xinyi Xinyu Xinran Ruoxi Ruixi Shiyu
  Siyu Sihan Mingyu Mingxuan Muchen Yuchen Yuze Zhengyang Tianyu Tianyi Kaiwen Wenjie Wenjing Wenhui
  Shuang Ying Yun Qian Qing Rui Xue Ling Lan Fei Bo Dan Peng Xin Kai Zhe Jiahui Yaqi Yanan Yuting
  Zhihua Huimin Yimeng Jingyi Mengyao Lingling Tingting Xuan Zhuo Shu Jiawei Jiale Chenxi Ka-ming
  Wai-man Chi-wai Ka-yan Siu-ming Kwok-wai Wing-yan Hoi-yan Tsz-kin Chun-kit Mei-ling Chia-hao Shu-fen
  Mei-hua Chih-ming Ya-ting Yi-ting Chun-hung Hsiao-ping Wei-ting Pei-shan Chien-hung Yu-ting Chia-ying
  Man-yee Suk-yin Wing-kei Ho-yin Kin-wah Lai-kuen`,
  // Korean (hyphenated and joined romanisations)
  `Min-jun Seo-yeon Ji-hoon Seo-jun Do-yun Ye-jun Si-woo Ha-jun Ju-won Ji-ho Ji-woo Jun-seo Hyun-woo
  Ji-min Seo-yun Ha-eun Su-ah Ji-yoo Ha-yoon Ji-a Seo-ah Yu-na Chae-won Su-bin Ye-eun Ji-yeon Min-seo
  Da-eun Eun-ji Hye-jin Mi-young Sung-min Jae-hyun Dong-hyun Young-ho Young-soo Sang-woo Kyung-soo
  Seung-ho Seung-hyun Jin-woo Jung-ho Myung-soo Sun-hee Young-hee Mi-kyung Eun-young Jung-hee Soo-jin
  Hye-won Yoon-seo Jae-won Tae-hyun Byung-hun Chan-wook Hee-jin Kyung-hee So-yeon Min-ji Ha-neul
  Na-yeon Bo-ra Ga-young Hyo-jin Seul-gi Ye-rin Jin-young Woo-jin Hyun-soo Dae-jung Moo-hyun Jae-in
  Ki-moon Min-ho Sung-hoon Jong-min Eun-bi Ji-eun Hye-rin Joon-ho Tae-yang Dong-wook Minjun Seoyeon
  Jihoon Jiwon Hyunwoo Jimin Sumin Taeyeon Sooyoung Eunbi Jieun Junho Sunghoon Youngmi Hyejin`,
  // Japanese
  `Akiko Ayaka Asuka Chihiro Eri Fumiko Hanako Haruki Hikari Hinata Hiromi Hiroto Hisashi Ichiro Jiro
  Junko Kana Kanako Kazuo Keisuke Kenichi Kenji Kotaro Kyoko Mai Mako Mariko Masahiro Masaki Masaru
  Mayu Midori Miho Miki Minami Misaki Mitsuki Miyu Momoka Nanami Natsuki Nobuko Nobuo Rin Riko Ryosuke
  Ryuji Saki Sakura Satomi Sayaka Shigeru Shiori Shunsuke Sota Sosuke Takashi Takumi Takuya Tatsuya
  Tetsuya Tomohiro Toshiko Tsubasa Yasuko Yasushi Yoichi Yoshiko Yoshio Yuichi Yuka Yukari Yuki
  Yukiko Yumi Yuri Yusaku Yuta Yuzuru Ayumu Daiki Haruna Hayato Itsuki Kohei Mio Riku Rina Souta Shohei
  Shinzo Fumio Junichiro Yoshihide Naruhito Aoi Akane Emiko Etsuko Kazuko Kiyoko Machiko Nozomi Reina
  Rumi Setsuko Shizuka Tomomi Yoshie Haruo Isamu Katsuo Masao Noboru Susumu Tadashi Takeo Toshio Yukio
  Kazuhiro Hideki Hidetoshi Nobuyuki Takahiro Toshiyuki Yoshiaki Yūki Ryōta Shōta Kōji Yūko Yūto
  Kōhei Shōhei Ryūnosuke Sōta Yūna Kaoru Hibiki Ren Mei Tsumugi Yua Himari Ichika Koharu`,
  // Vietnamese (with diacritics; the ASCII folds are added)
  `Anh Bảo Chi Cường Dũng Duy Giang Hải Hằng Hạnh Hiền Hiếu Hòa Hùng Huy Huyền Khánh Khoa Kiên Lan
  Liên Linh Loan Mạnh Minh Mỹ Nga Ngân Nghĩa Ngọc Nhật Nhi Nhung Phát Phong Phúc Phương Quân Quốc
  Quỳnh Sơn Tâm Thắng Thành Thảo Thịnh Thu Thủy Tiến Toàn Trâm Trang Trí Trinh Trọng Trung Tú Tuấn
  Tùng Uyên Vân Việt Vinh Vy Xuân Yến Đức Đạt Định Đông Hưng Hương Khải Lộc Lợi Nhân Nhiên Như Oanh
  Phụng Quang Sang Tài Thiện Thông Thư Tín Trúc Tường Vũ`,
  // Thai, Lao, Khmer, Burmese
  `Anan Anucha Apichart Chaiya Chatchai Kanokwan Kamon Kanda Kittipong Kritsada Malai Nattaya Nittaya
  Orathai Pakorn Pornchai Pornthip Prasert Prayut Ratana Rattana Sakchai Saowalak Siriwan Somporn
  Sompong Sunisa Supachai Surachai Thaksin Thitima Wanida Waraporn Wassana Yupin Yingluck Chalerm
  Chanida Jiraporn Kannika Nuttapong Pattaraporn Pimchanok Prapai Preecha Rungnapa Sasithorn
  Thanakrit Thanyarat Tipawan Wichit Wiroj Bounmy Khamphet Souksavanh Vilayvanh Chanthou Pisey
  Rithy Sokhom Sreymom Vuthy Aye Hlaing Kyaw Moe Mya Su Tun Win Yadanar Zin`,
  // Filipino
  `Joselito Rommel Arnel Reynaldo Danilo Efren Lourdes Corazon Imelda Rosalinda Editha Leonora Marilou
  Maricar Marivic Jennylyn Rhea Rica Mylene Honeylyn Rizalina Teodoro Wilfredo Rogelio Ernesto
  Florante Bienvenido Dionisio Leodegario Jhon Jomar Jayson Reymart Ranier Ferdinand Benigno Apolinario
  Andres Gregoria Trinidad Perla Nenita Luzviminda Milagros Aurelio Crisanto Dolores Evangeline
  Herminio Jericho Kristine Leonila Manny Marlon Nestor Noel Rodolfo Romeo Rosario Teresita Virgilio`,
  // Indonesian, Malay, Bruneian
  `Agus Andi Ani Arif Bambang Dedi Dian Dimas Eka Endang Fajar Fitri Gilang Hadi Hendra Heru Ika Indra
  Intan Joko Kartini Kurnia Lestari Nanda Putri Rani Ratih Rina Rini Rudi Sari Setiawan Slamet
  Suharto Susilo Teguh Tuti Wahyu Wati Yanti Yudi Yuni Adi Ayu Bagus Cahya Citra Dwi Fadli Galih
  Hendro Iwan Krisna Nyoman Puspita Rahmat Satria Sinta Sulastri Sutrisno Tri Utami Widya Zainal
  Aiman Amirul Aqil Faris Harith Iskandar Khairul Luqman Nazri Rizal Shahrul Syahmi Zikri Ain Aina Alya
  Aqilah Atikah Balqis Damia Farhana Hanis Izzati Liyana Qistina Sofea Syafiqah Wardah Zulaikha
  Nurhaliza Siti Nurul`,
  // West African: Nigerian (Yoruba, Igbo, Hausa), Ghanaian (Akan, Ewe, Ga), Senegambian
  `Ngozi Chiamaka Abimbola Adaobi Adanna Akua Amarachi Aminu Anuli Ayotunde Bolanle Busola Chiazor
  Chibuike Chibuzo Chidera Chinedu Chinwe Chisom Chiwetel Chukwudi Ebuka Ejike Ekaette Eniola Ezinne
  Folasade Folashade Ibukun Ifeoluwa Ijeoma Ikechukwu Iyabo Kamsi Kanyinsola Kolade Modupe Morenike
  Nnenna Nneka Obiageli Obioma Oghenekaro Okechukwu Olabisi Oladele Olufemi Olufunke Olumide Oluwafemi
  Oluwakemi Omolara Onyinye Opeyemi Oreoluwa Osagie Osaze Sade Simisola Somtochukwu Tochukwu Tolu
  Toluwani Tunde Uchechi Ugochi Uzoma Yetunde Ganiyu Habiba Hadiza Maryam Rukayya Ummi Nafisa Amina
  Abdulkadir Abdulmalik Ahmadu Bashir Danladi Haruna Ismaila Kabiru Lawan Nasiru Shehu Tijani Umaru
  Afua Akosua Ama Abena Adjoa Efua Esi Yaa Kwabena Kwadwo Kwaku Kwame Kwasi Kofi Yaw Kojo Kobina Kweku
  Ekow Fiifi Nii Naa Dede Korkor Esinam Selasi Senyo Dzifa Elikem Edem Makafui Mawuli Sena Yayra
  Abdoulaye Alassane Assane Babacar Fatoumata Khady Lamine Mamadou Modou Ndeye Ousmane Rokhaya Sokhna`,
  // East African: Kenyan, Tanzanian, Ugandan, Rwandan, Ethiopian, Eritrean, Somali
  `Wanjiru Achieng Akinyi Atieno Adhiambo Awino Anyango Chebet Chelimo Cherono Jepchumba Jeptoo Kerubo
  Kwamboka Moraa Nafula Nekesa Njambi Nyokabi Wairimu Wangari Wangui Wanjiku Muthoni Nyambura Wambui
  Njeri Kibet Kipchumba Kiprono Kiptoo Cheruiyot Mutua Musyoka Ndungu Njoroge Omondi Ochieng Otieno
  Onyango Wafula Wekesa Mwangi Kamau Kariuki Baraka Jabari Juma Zuberi Bakari Rehema Zawadi Neema
  Upendo Furaha Subira Halima Mwajuma Mwanaisha Saidi Hamisi Rashidi Faraja Amani Imara Jelani Kito
  Zuri Mugisha Tumusiime Kato Wasswa Nakato Babirye Nalubega Namuli Nansubuga Akello Atim Auma Apio
  Okello Ocen Opio Mukasa Kwizera Ishimwe Iradukunda Uwase Mutoni Keza Ineza Gatete Abebe Aster
  Bethlehem Biniam Dawit Eden Elsabet Eyerusalem Fikirte Haile Hana Kidist Lemlem Liya Mahlet Meseret
  Mekdes Rahel Saba Selamawit Senait Tewodros Tsion Yared Yeshi Zewditu Abiy Meles Berhanu Getnet
  Tamrat Tekle Semere Feven Rediet Hiwot Abdirahman Abdirizak Abdiwali Ayan Ayaan Deeqa Faadumo Fartun
  Hibaaq Hodan Idil Ifrah Ikran Khadra Ladan Nasra Ubah Zamzam Guled Liban Mahad Mukhtar Sahal`,
  // Southern African: Zulu, Xhosa, Sotho, Tswana, Shona, Afrikaans
  `Thandiwe Ayanda Bheki Bongani Busisiwe Dumisani Gugu Khanyisile Lindani Lungile Mbali Mthunzi Nandi
  Nhlanhla Nkosinathi Nomsa Nomvula Nonhlanhla Nosipho Phumzile Sibusiso Simphiwe Siphiwe Sizwe
  Thandeka Thando Themba Thulani Vusi Xolani Zandile Zanele Zodwa Andile Anele Lwando Lulama Lundi
  Luthando Mandisa Mzwandile Nomzamo Ntombi Sindiswa Siyabonga Unathi Vuyo Vuyani Xolile Yonela Zola
  Zukisa Kagiso Karabo Keabetswe Kgosi Lerato Lesedi Mpho Naledi Neo Palesa Puleng Refilwe Tebogo
  Thabang Thabo Tshepo Tumelo Boitumelo Dineo Itumeleng Masego Onalenna Tatenda Tendai Rutendo
  Kudakwashe Nyasha Tinashe Chipo Farai Tafadzwa Anri Annelie Bernardus Carel Christo Danie Deon
  Elmarie Elsabe Gerhard Hannes Jaco Jacobus Johan Johannes Jurie Koos Liezel Lizelle Marelize Petrus
  Pieter Riaan Ruan Schalk Stephanus Tertius Werner Wian Willem Zelda Zandri Annemarie Chantelle Elna
  Heinrich Jannie Marike Ronel Sarel Wynand`,
  // Pacific: Māori, Samoan, Tongan, Fijian, Hawaiian
  `Anahera Awhina Hinemoa Huia Kahurangi Kiriana Mereana Ngaire Tamati Wikitoria Waimarie Ihaia Matiu
  Nikora Piripi Rewi Tawhiri Tipene Ariki Manu Mikaere Pania Rangimarie Rawiri Sina Sefa Iosefa
  Malakai Semisi Siaosi Losana Mosese Ofa Taniela Lagi Talia Keala Kamalei Kaimana Kainoa Kanoa Keoni
  Makana Nalani Pualani Lokelani Kekoa Ikaika Sitiveni Jone Epeli Josefa Litia Mereoni Vilimaina
  Ilisapeci Salanieta Waisea Tomasi Toa Fa'amoana Lealofi`,
];

/** All given names of this list, as written (capitalised) and as plain ASCII folds. */
export const MORE_GIVEN_NAMES: ReadonlySet<string> = nameListSet(GROUPS, LEFT_OUT);
