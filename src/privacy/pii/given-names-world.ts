/**
 * @module privacy/pii/given-names-world — a broad list of given names from many language communities,
 * written from general knowledge on 2026-11-25 (not from any evaluation corpus). It extends the short
 * FIRST_NAMES list so that a lone given name is recognised without a cue phrase ("Could Ragnhild
 * reset…", "Ok so Oluwaseun cancelled…").
 *
 * Entries that are also English words ("Grace", "Hope"), places or brands are not trusted alone: the
 * detector checks every entry against the wink lexicon and the place gazetteer at use, and those
 * need a surname or a cue like AMBIGUOUS_FIRST_NAMES. Used only when a word lexicon is available.
 */

import { MORE_GIVEN_NAMES } from './given-names-more.js';

const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/*
 * Left out on purpose: names that are also very frequent English words ("Can", "Said", "Made",
 * "Long", "Son", "Hung", "Ping", "Bong"); at a sentence start they would read as names.
 */

/** Given names by community (the grouping is only for maintenance; one set is exported). */
const GROUPS: readonly string[] = [
  // English-speaking
  `Aaron Abby Ada Addison Adele Agnes Aidan Alana Alastair Alec Alexis Alfred Alison Allison Alyssa Amanda
  Andrea Andrew Angus Annabel Annie Archie Arnold Ashton Audrey Barry Beatrice Benedict Bernard Bethany
  Beverly Bonnie Bradley Brandon Brendan Brett Bridget Brittany Brooke Bryce Caleb Calvin Candice Carla
  Caroline Casey Cecilia Cedric Chad Charlene Clara Clarence Claude Clifford Clive Cody Colleen Conrad
  Corey Courtney Craig Cyril Dale Damon Danielle Darren Darryl Deborah Declan Deirdre Denise Derek
  Desmond Dominic Donald Doreen Dorothy Duncan Dustin Dwayne Edith Edwin Eileen Elaine Eleanor Elliot
  Eloise Emily Emmett Ernest Esther Eugene Evan Felicity Fiona Floyd Francis Gavin Gemma Geoffrey
  Georgina Gerard Gilbert Gillian Glenn Gwen Harriet Harvey Hazel Heidi Herbert Howard Imogen Isaac
  Jacqueline Jamie Janet Jared Jasper Jeanette Jemima Jenna Jeremiah Jillian Jocelyn Jodie Josephine
  Joyce Justine Karl Katrina Keira Kendra Kerry Kirsten Kristen Kurt Lance Leah Leanne Leonard Leslie
  Lewis Lindsay Lionel Lois Lorraine Louise Lydia Lynn Malcolm Marcus Marian Marjorie Marlene Marshall
  Maureen Maxine Melanie Melvin Meredith Mildred Miriam Mitchell Molly Morgan Muriel Naomi Natalie
  Nathaniel Neville Nigel Noel Norma Norman Olive Patrice Percy Phoebe Phyllis Priscilla Quentin Rachael
  Ralph Reginald Rhonda Rodney Roland Ronan Rosalind Rowena Roxanne Russell Sabrina Sally Shane Shannon
  Sheila Sherri Sidney Stanley Stella Sylvia Tamsin Tessa Theodore Tobias Travis Trevor Trisha Valerie
  Vernon Vicky Vivienne Wallace Warren Wendell Whitney Wilfred Yvonne Zachary Zoey Darcy Kayla Kylie
  Caitlin Cassidy Chelsey Harrison Jocelyn Rosalie Tabitha Tiffany Wilma Winifred Maisie Poppy Millie`,
  // Irish, Scottish, Welsh
  `Aoife Siobhan Niamh Caoimhe Saoirse Orla Roisin Róisín Sinead Sinéad Aisling Clodagh Ciara Grainne
  Eimear Méabh Dervla Cormac Cillian Oisin Oisín Padraig Pádraig Seamus Séamus Eoin Fergal Fionn Donal
  Ruairi Ruaidhrí Tadhg Colm Diarmuid Lorcan Eamon Eamonn Kieran Ciaran Ciarán Seonaid Mairi Morag
  Ailsa Isla Catriona Eilidh Fraser Hamish Lachlan Alasdair Callum Euan Dafydd Rhys Gareth Owain Emrys
  Bronwen Carys Cerys Angharad Sioned Gethin Ioan Iestyn Rhiannon Llinos Eluned Ffion Siân Sian`,
  // French, Belgian, Swiss, Québécois
  `Adrien Agathe Amélie Anaïs Arnaud Aurélie Baptiste Bastien Benoît Blanche Brigitte Capucine Cécile
  Céline Clément Colette Corentin Delphine Didier Dominique Élise Elodie Élodie Émilie Étienne Fabien
  Fabrice Florian Françoise François Gaëlle Gaspard Geneviève Gérard Ghislaine Guillaume Hélène Hervé
  Inès Jacques Jérôme Joëlle Jules Laetitia Lucien Maëlle Margaux Marguerite Martine Mathieu Mathilde
  Maxime Mélanie Michèle Nadège Noémie Océane Odile Pascal Pascale Régis Rémi Renée Romain Sébastien
  Ségolène Solène Sylvain Thibault Thierry Timothée Valérie Yannick Yves Zoé Lucille Apolline Clémence`,
  // German, Austrian, Dutch, Flemish
  `Anke Annika Armin Bernd Birgit Claudia Dagmar Detlef Dieter Dirk Elke Fabian Florian Frank Friedrich
  Gerhard Gisela Gudrun Hannelore Heike Heinz Helga Helmut Henrik Horst Ilse Jan Jens Jörg Jutta Karin
  Katrin Kerstin Lena Leonie Lotte Lukas Magdalena Manfred Marlies Matthias Mechthild Moritz Nadine
  Niklas Norbert Ralf Reinhard Renate Rolf Rüdiger Sandra Sönke Tobias Torsten Ulrike Uwe Volker
  Waltraud Wolfgang Anneke Bram Daan Femke Fenna Floor Geert Gerrit Hendrik Ineke Joost Joris Kees
  Lieke Lotte Maarten Maartje Marijke Mieke Niels Pieter Ruud Sander Sanne Sjoerd Thijs Tjitske
  Wouter Willem Wim Ilse Jeroen Koen Stijn Bart Lies Griet Wannes`,
  // Italian, Spanish, Portuguese, Catalan, Basque, Latin American
  `Alberto Alessia Alfonso Amalia Angelo Antonella Antonio Beatriz Bruno Camila Carolina Catalina
  Cristina Dario Emanuele Enrico Enzo Fabio Federica Federico Filippo Franco Gabriela Gianluca Gianni
  Gonzalo Graciela Guadalupe Guillermo Hernán Ignacio Inés Itziar Jaime Jimena Joaquín Julieta Leire
  Lorena Lorenzo Luciana Luciano Manuela Marcela Marcelo Mariana Mario Martina Massimo Mateo Mauricio
  Mercedes Milagros Montserrat Nerea Nicolás Nuria Paolo Patricio Raúl Renata Ricardo Roberto Rocío
  Rodrigo Salvador Santiago Sergio Silvio Simona Tomás Valentina Valeria Vicente Ximena Xóchitl Itzel
  Yaretzi Aitana Ainhoa Aitor Iker Unai Jon Ane Amaia Maite Miren Koldo Xabier Gorka Estíbaliz Leticia
  Conceição Fernanda Gonçalo Joaquim Leonor Luana Rafaela Thiago Vinícius Caio Bruna Larissa Thaís
  Matheus Mateus Guilherme Gustavo Isadora Yolanda Zuleima Araceli Dolores Consuelo Socorro Remedios
  Eduardo Esteban Fernando Francisco Gerardo Héctor Humberto Jesús Julio Marisol Maricela Nayeli
  Quetzalli Citlali Xiomara Yesenia Wilmer Yupanqui Inti Killa Nina Ayelén Anahí Florencia Agustina
  Benicio Facundo Lautaro Thiago Giovanna Pietro Chiara Ludovica Beatrice Arianna Ginevra Vittoria`,
  // Nordic, Baltic, Finnish, Icelandic
  `Anders Annika Asbjørn Birgitta Bjørn Björn Dagny Eirik Einar Elin Frida Gunnar Gustav Hakon Håkon
  Halvard Hanne Hedda Helle Inger Jonna Kari Karin Kjell Knut Lasse Liv Magnus Malin Mette Nils Oddny
  Oskar Ragnar Ragnhild Randi Rune Sigurd Signe Siri Solveig Steinar Stina Tove Torbjørn Torunn Trond
  Ulf Vibeke Aino Eero Ilkka Jukka Kalle Kaisa Laura Leena Mikko Minna Päivi Pekka Riikka Sanna
  Satu Sirpa Tapio Tuomas Tuula Veikko Ville Aapo Aleksi Heikki Hilkka Juha Marjatta Guðrún Gudrun
  Sigríður Jóhanna Kristín Þóra Ólafur Sigurður Gunnhildur Hrafn Eiður Arnar Birna Katla Ásta Ieva
  Inese Jurgis Kristaps Laima Lauma Rasa Rūta Tomas Vytautas Žygimantas Egle Eglė Aistė Mindaugas
  Kadri Kertu Liis Mart Priit Raivo Triin Urmas`,
  // Slavic, Hungarian, Romanian, Greek, Albanian, Balkan
  `Aleksandar Aleksander Aleksandra Alenka Bogdan Bogumila Bohdan Borys Branko Darek Dariusz Dorota
  Dragan Dušan Ewa Goran Grażyna Halina Hanna Igor Irena Iwona Jadwiga Jarosław Jelena Jerzy Katarzyna
  Krzysztof Ksenia Lech Ludmila Lyudmila Maciej Małgorzata Marek Marija Marina Marko Milan Milena
  Miloš Miroslav Mirela Nadezhda Nadia Nikola Oksana Pavel Pavla Radek Radomir Radoslav Renata Slavko
  Sławomir Stanislav Stanisław Svetlana Tatiana Tatyana Tomasz Vesna Vladimir Wojciech Yevgenia
  Yekaterina Yulia Zdeněk Zlata Zofia Zoran Zuzana Ágnes Attila Balázs Csaba Erzsébet Gábor Gergely
  Ildikó Katalin Krisztina László Levente Márton Orsolya Réka Tamás Zoltán Zsófia Zsuzsanna Andrei
  Bianca Cosmin Cristian Dragoș Florin Ioana Iulia Mihai Mircea Oana Ovidiu Radu Raluca Sorina Vlad
  Anastasios Christos Dimitris Dimitrios Eleni Evangelia Georgios Ioannis Kostas Konstantinos Maria
  Nikos Panagiotis Sotiris Stavros Thanasis Vasilis Vasiliki Yiannis Athena Despina Katerina Kalliopi
  Arben Besnik Blerta Dritan Edona Fatos Genta Ilir Mirela Valbona Vjosa Dardan Ardit Emir Jasmina
  Mirza Nermin Selma Amra Lejla Tarik Haris Adnan Azra`,
  // Russian, Ukrainian, Caucasus, Central Asian
  `Aleksei Alexei Anatoly Arkady Artem Boris Dmitry Evgeny Fyodor Galina Gennady Grigory Inna Irina
  Kirill Konstantin Larisa Leonid Lyubov Maksim Mikhail Natalya Nikolai Oleg Olesya Pyotr Roman Ruslan
  Stanislav Taras Timur Vadim Valentin Valery Vasily Viktor Vitaly Vyacheslav Yaroslav Yuri Zhanna
  Bohdana Mykola Oleksandr Oleksiy Olena Solomiya Yaryna Dmytro Andriy Nazar Ostap Levan Giorgi Nino
  Tamar Tamari Nodar Davit Ketevan Eka Mariam Ani Armen Aram Anahit Gohar Hovhannes Narek Lilit Tigran
  Arman Aigerim Aizhan Askar Azamat Bakhyt Daniyar Dilnoza Farrukh Gulnara Gulnaz Jasur Kairat Madina
  Nurlan Nursultan Rustam Saule Shakhnoza Timur Ulugbek Zarina Zhanar Yerlan Bolat Aibek Aida Batbayar
  Bolormaa Enkhjargal Ganbaatar Khulan Oyunchimeg Temuulen Tserendorj Altantsetseg Munkh Saraa`,
  // Arabic, Turkish, Persian, Kurdish, Hebrew
  `Abdallah Abdullah Abdul Adel Adnan Ahlam Amal Amin Amina Amir Amira Anas Asma Ayman Aziz Basma
  Bilal Dalia Dina Ehab Fadi Faisal Farah Farid Fawzi Ghada Habib Hadi Hala Hamza Hana Hani Haytham
  Hiba Hind Hisham Hoda Hussein Ibrahim Imad Iman Ismail Jamal Jamila Karim Khadija Khalil Lamia Lina
  Lubna Mahmoud Majid Malak Mansour Marwa Maryam Mazen Mona Mounir Mustafa Nabil Nadia Nasser Nawal
  Nizar Noor Nour Nura Omar Osama Rami Rana Randa Rania Rashid Reem Rima Saad Sabah  Salah Salim
  Salma Sami Samir Samira Sana Sara Sawsan Shadi Sherif Suha Tamer Walid Wael Yara Yasser Yousef Yusuf
  Zain Zainab Zaid Ziad Ayşe Aylin Barış Berk Burak  Cem Deniz Ebru Elif Emine Emre Esra Fatma
  Gökhan Hakan Hatice Hülya Kemal Mehmet Melek Merve Murat Mustafa Nazlı Oğuz Ozan Özge Selin Serkan
  Sibel Tuba Tuncay Volkan Yasemin Yiğit Zeynep Arash Ardeshir Azadeh Babak Behnaz Bijan Dariush Farhad
  Farnaz Fereshteh Golnaz Hamid Kaveh Kourosh Leyla Mahnaz Mahsa Mehdi Mehran Mina Mitra Nasrin Niloufar
  Parisa Parviz Payam Roya Saeed Shirin Sima Siavash Soraya Taraneh Yasaman Anahita Rojin Shilan Dilan
  Avraham Ariel Avi Eitan Eliezer Gila Hadas Ilan Itai Liat Meir Moshe Noa Ofer Orly Rivka Shira Shlomo
  Tal Tamar Tzipora Yael Yonatan Yossi Yehuda Ziva`,
  // South Asian
  `Aarav Aditi Aditya Akash Akshay Amrita Anand Anjali Ankit Anup Anupama Arnav Arvind Ashok Avinash
  Bhavna Chandra Chitra Devi Dhruv Dinesh Divya Gaurav Geeta Gita Harish Harpreet Indira Ishaan Jaya
  Jayant Jyoti Kabir Kajal Kamal Kamala Karan Kavita Kavya Krishna Kunal Lakshmi Lalita Madhu Mahesh
  Manish Manoj Meena Meenakshi Mohan Mukesh Nandini Naveen Nikhil Nisha Nitin Padma Pallavi Parvati
  Prakash Pranav Prashant Preeti Rajesh Rakesh Ramesh Rashmi Rekha Ritu Rohan Rohit Sachin Sahil Sameer
  Sandeep Sangeeta Sanjana Santosh Sarita Seema Shalini Shanti Shreya Shweta Siddharth Simran Sneha
  Sonali Srinivas Subhash Sudha Sumit Sunil Swati Tanvi Tarun Uma Usha Varun Vidya Vijay Vinay Vinod
  Vivek Yash Yogesh Gurpreet Jaspreet Manpreet Navjot Harjit Balwinder Sukhwinder Kuldeep Parminder
  Tanvir Rafiq Shafiq Nusrat Farzana Rubina Shahana Sabina Taslima Arif Imran Irfan Javed Nadeem
  Rizwan Sajid Shahid Waqar Zubair Ayesha Mahnoor Sadia Saima Nimal Kasun Chamari Dilani Nuwan
  Thilini Ruwan Sunethra Prabhu Karthik Murugan Senthil Selvi Tamilselvi Kannan Vijayalakshmi Anbu
  Bishnu Sabitri Pemba Dawa Sonam Tenzin Pasang Nima Kumari Sita Gopal Hari`,
  // East and South-East Asian
  `Akira Aiko Ayumi Chiyo Daichi Daisuke Emi Haruka Haruto Hideo Hina Hiroko Hiroshi Hitomi Izumi
  Kaito Kaori Katsumi Kazuki Keiko Kenta Kiyoshi Koji Kumiko Makoto Mami Masako Masato Mayumi Megumi
  Michiko Minoru Naoki Naomi Noriko Osamu Reiko Ren Ryo Ryota Sachiko Satoshi Shinji Shota Sora Takeshi
  Taro Tomoko Yoko Yosuke Yui Yuna Yusuke Yuto Jiwoo Jiho Minjun Seojun Seoyeon Jisoo Jiyeon Hyun
  Minji Sooyoung Soyeon Dongmin Jaehyun Jihoon Sungmin Yejin Eunji Hyejin Chanwoo Taeyang Bao Chen
  Fang Hui Jing Jun Lan Lei Li Lian Ling Meng Ming Ning  Qiang Qing Rui Shu Tao Ting Xia Xiaoling
  Xiaoming Xin Xiu Yan Yang Yifan Ying Yong Yu Yun Zhen Zhiwei Zhihao Zihan Zixuan Haoran Jiayi Yuxuan
  Huong Hoa Lan Linh Mai Minh Ngoc Nhung Phuong Quang Thanh Thao Thu Trang Tuan Dung Hieu Khanh 
  Nam Phuc  Vy Anh Duc  Tam Somchai Somsak Suda Supaporn Siriporn Kanya Niran Arthit Chayton
  Pim Ploy Nattapong Thanawat Wichai Anong Malee Apinya Kittisak Nok Siti Nurul Aisyah Ahmad Azlan
  Farah Hafiz Haziq Nabila Syafiq Zulkifli Wayan  Ketut Putu Agus Dewi Sri Wulan Bayu Budi Eko
  Rizky Andika Indah Ratna Jose Maricel Marites Jocelyn Rodel Ronaldo Jericho Kristine Rowena Analyn
  Maryjoy  Dodong Ligaya Dalisay Bayani Tala Sokha Sophea Dara Vanna Bopha Thiha Aung Khin Myint
  Htun Nyein Thandar Zaw`,
  // African
  `Abena Abiodun Adaeze Adebayo Adeola Adewale Ama Amaka Ayodele Ayo Babajide Bisi Bolaji Chiamaka
  Chidi Chidinma Chika Chinonso Chioma Chukwuma Damilola Ebere Efe Efua Ekene Emeka Esi Femi Folake
  Funmilayo Funke Ifeanyi Ifeoma Ikenna Kayode Kehinde Kelechi Kemi Kunle Kwabena Kwadwo Kwaku Kwesi
  Mensah Ngozi Nkechi Nkem Nnamdi Obinna Olamide Olu Oluwaseun Oluwatobi Onyeka Seun Sola Taiwo Temitope
  Tobi Uche Uchenna Yaa Yaw Yemi Akosua Adwoa Afia Amma Kofi Kojo Kwame Kwasi Ato Nana Abdou Aminata
  Awa Boubacar Cheikh Fatou Ibrahima Mamadou Moussa Ousmane Seydou Souleymane Adama Aissatou Mariama
  Binta Hawa Kadiatou Aliyu Bello Garba Hadiza Halima Musa Sani Usman Yakubu Zainab Hauwa Salisu Abebe
  Almaz Alemayehu Bekele Dawit Fikru Genet Girma Hirut Kebede Meron Mulugeta Selam Tadesse Tesfaye
  Tigist Yonas Yohannes Hodan Abdi Ayaan Faduma Hamdi Ilhan Warsame Asha Baraka Baraka Imani Jabari
  Juma Kamau Kariuki Kimani Njeri Nyambura Wambui Wanjiku Wanjiru Otieno Achieng Akinyi Awino Odhiambo
  Zawadi Amani Neema Rehema Tumaini Anele Ayanda Bongani Busisiwe Lerato Lindiwe Lwazi Mandla Mpho
  Naledi Nandi Nomvula Nokuthula Palesesa Sipho Siyabonga Thabo Thandeka Thandiwe Themba Thulani
  Zanele Zodwa Zola Tendai Tatenda Farai Chipo Rudo Tafadzwa Kudzai Nyasha Rumbidzai Tawanda Chiedza
  Mwila Chanda Mulenga Bwalya Kondwani Chikondi Thokozani Limbani`,
  // Pacific, Māori, Hawaiian, Indigenous American
  `Aroha Hemi Manaia Mere Nikau Rangi Tama Tane Wiremu Hine Kiri Moana Ngaio Aperahama Kahu Maia Tui
  Kalani Keanu Leilani Makoa Malia Noelani Kai Koa Mahina Alohi Sione Losa Mele Tavita Lupe Fetu
  Tevita Viliami Salote Ana Pita Ahanu Ayita Chenoa Dakota Kele Nayeli Takoda Wapi Winona Aiyana`,
];

/** All given names of the broad list, as written (capitalised), plus MORE_GIVEN_NAMES. */
export const WORLD_GIVEN_NAMES: ReadonlySet<string> = new Set([...GROUPS.flatMap(words), ...MORE_GIVEN_NAMES]);
