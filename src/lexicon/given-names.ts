// Given names, for telling a person (`Maria Lund`, `Engdahl Ewa`) from a place or a room
// (`Stadshuset Fjäråsrummet`, `Kommunhuset Tingssalen`) where rules run out, and for
// finding where the next person starts in a run-on list (`… (M), vice ordförande Britt
// Engman (S) …`). Compiled by hand for finsam from the names most borne in Sweden and in
// Swedish-speaking Finland (the frequency lists of SCB's name statistics and Finland's
// population register served as the reference), with common names of Swedes born abroad
// (English-speaking ones too: `Gary`, `Lesley`).
// Finnish given names borne by Swedish-speaking Finns (Eero, Päivi, Jukka), who fill the
// minutes of Finland's bilingual towns, are listed too.
// A name that is also a Swedish word is listed only where the name is common (`Per`, `Dag`, `Björn`,
// `Kåre`): checked against the Debian word list `wswedish`, `Mark`, `Karen`, `Helga` and `Valborg`
// are left out, as a capitalised word opening a sentence would be read as a name.
// Less common names (`Susanna`, `Jeannette`, `Wiktor`, the last lines) were added later, where
// a list of people without commas was lost for want of them, with the other spellings of common
// names (`Christofer`, `Matthias`, `Freddy`, `Janette`, `Sophie`); none is a word of `wswedish`
// (`Joachim` is, as a name).
// Checked for coverage against the first-name lists of @faker-js/faker's Swedish and Finnish locales (SCB's and the
// Finnish register's commonest names): every Swedish one is here; the Finnish ones missing (`Martti`, `Kyllikki`,
// `Olavi`, the last line) were added. Rarer names (`Odet`) are not sought one by one, and a name that is a common
// Swedish word (`Han`) stays out for the reason above.
// (`Arsim`, `Jim`, `Margaret`: a line of their own, where Åland minutes' signers in a grid with their role words went unread;
// `May`, the other spelling of `Maj`, mostly the second part of a double name (`Ewa-May`, `Britt-May`), the last line: a list of
// `Name, Town` entries run on without line breaks read each town as the next name's first word for want of it.)
// A name missing here costs only that rule: the others still apply.

const NAMES = `
Aada Aapo Aarne Aaron Aatu Abbas Abbe Abdi Abdirahman Abdirizak Abdul Abdulkadir Abdulla Abdullah Abdullahi Abraham Adam Adel
Adele Adem Adina Adnan Adolf Adrian Adriana Agda Agne Agnes Agneta Agnetha Agnieszka Ahmad Ahmed Ahmet Ahti Aida Aila Aili Aina
Aino Aira Airi Aisha Aki Akram Akseli Alaa Alan Alarik Albert Albertina Alberto Albin Aldo Alejandra Alejandro Aleksandar
Aleksander Aleksandra Aleksi Alex Alexander Alexandra Alexis Alf Alfhild Alfons Alfred Alfredo Algot Ali Alice Alicia Alicja Alida Alina
Alireza Alise Allan Alma Almir Alrik Alva Alvar Alvin Alvina Amal Amalia Amanda Amandus Amanj Ambjörn Amela Amelia Amelie Amer
Amin Amina Amir Amira Ammar Amra Amy Ana Anders Andor Andrea Andreas Andrej Andrew Andrzej André Andrée Andrés Anette Ang Angela
Angelica Angelika Anica Anita Anja Anki Ann Ann-Britt Ann-Charlott Ann-Charlotte Ann-Christin Ann-Christine Ann-Kristin Ann-Louise
Ann-Margret Ann-Mari Ann-Marie Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Lisa Anna-Maria Annalena Anne Anne-Charlotte
Anne-Li Anne-Lie Anne-Marie Anneli Annelie Annette Anni Annica Annie Annika Annukka Anny Anselm Anshelm Anton Antonia Antonio
Antti Anu Anwar Arash Ari Arja Arman Arne Arnold Arnt Aron Arto Artur Arvid Arvind Asad Asha Ashley Ashraf Asko Asma Assar Astrid
Atle August Augusta Aulikki Aune Aurora Axel Ayan Ayla Aylin Ayman Ayse Aysel Ayşe Aziz Aziza Bahar Barbro Baris Barry Bashir Bea
Beata Beatrice Behrouz Bella Ben Benedikt Bengt Bengt-Göran Bengt-Johan Bengta Benita Benjamin Benny Berit Berna Berndt Bernhard
Bernt Bert Berta Bertel Bertil Betty Bibbi Bilal Bill Billy Birger Birgit Birgitta Bjarne Björn Björne Bo Bo-Göran Bodil Boris
Bosse Branka Brian Brita Britt Britt-Marie Britta Bror Bror-Erik Bruno Burak Börje Calle Camilla Carin Carina Carita Carl
Carl-Johan Carlos Carola Carolina Caroline Carsten Casper Catarina Catharina Cathrine Catrin Cecilia Cecilie Celine Cem Charles Charlie
Charlotta Charlotte Chloé Chris Christel Christer Christian Christin Christina Christine Christoffer Christopher Claes Clara Clas
Claudia Colin Conny Craig Cristina Curt Dag Dagmar Dagny Dalia Dan Daniel Daniela Danielle Danny Dara Dariush David Davor Dean
Dejan Denise Deniz Dennis Derek Derya Desirée Diana Dick Diego Dilan Dino Doris Dorota Douglas Dragan Dragana Duncan Dusan Dušan
Dzenan Ebba Ebbe Ebrahim Ebru Edgar Edin Edith Edla Eduardo Edvard Edvin Edward Eelis Eemeli Eero Eetu Eeva Egil Egon Eija Eila
Eilert Einar Eino Eira Eivor Eje Ejnar Ejvor Elaine Elena Eleonor Eleonora Elham Elias Elif Elin Elina Elis Elisa Elisabet
Elisabeth Elise Ella Ellen Ellinor Elliot Elmer Elna Elof Elsa Else Elsie Elvi Elvira Elvis Elvy Eman Emanuel Emel Emelia Emelie
Emil Emilia Emilie Emin Emina Emine Emir Emira Emma Emmie Emmy Emre Enar Engla Enni Enok Enrique Eric Erik Erika Erkki Erland Erling
Ermin Ernst Esa Esaias Esbjörn Eskil Esko Esma Esra Ester Esther Eva Eva-Lena Eva-Lotta Evald Evelina Evert Evy Ewa Ezzat Fabian
Fadi Faisal Fanny Farah Fardowsa Farhad Farid Faris Fatemeh Fatih Fatima Fatma Felicia Felix Fernando Filip Filippa Finn Folke
Frank Frans Fred Fredrik Fredrika Freja Frida Fridolf Frithiof Fritiof Fritz Gabriel Gabriela Gabriella Gary Georg Gerd Gerda
Gerhard Gert Gertrud Gholam Gideon Gilbert Gillis Gisela Gittan Gitte Glen Glenn Gonzalo Goran Gordon Gottfrid Gotthard Graham
Greger Gregor Greta Grzegorz Gudmund Gudrun Gull-Britt Gull-May Gulli Gun Gun-Britt Gunborg Gundel Gunder Gunhild Gunilla Gunnar Gunnel
Gunnvor Gunvor Gustaf Gustaf-Adolf Gustav Gusten Guy Göran Görel Gösta Göte Gül Gülsen Habib Hadar Hadi Hakan Hakon Halima Halvar
Halvard Hamid Hampus Hamza Hanan Hani Hanna Hanne Hannele Hannes Hannu Hans Hans-Erik Hans-Olof Hans-Åke Harald Hardy Haris Harri
Harriet Harry Hasan Hassan Hatice Haydar Hector Hedda Hedvig Heidi Heikki Heino Helen Helena Helene Helge Heli Helinä Hellevi
Helmer Helmi Helmut Helén Henna Henning Henny Henri Henrietta Henrik Henrika Henry Herbert Herman Hervor Hiba Hilda Hilding Hilkka
Hillevi Hilma Hjalmar Hjördis Hoda Hodan Holger Holmfrid Hossein Hravn Hugh Hugo Hussam Hussein Håkan Hülya Ia Ian Ibrahim Ida
Idris Idun Ihsan Iida Iina Ilari Ilhan Ilker Ilkka Ilona Ilse Imad Iman Ina Ines Inez Ing-Marie Inga Inga-Lill Ingalill Ingamaj
Inge Ingeborg Ingegerd Ingegärd Ingela Ingemar Inger Ingmar Ingmarie Ingolf Ingrid Ingvald Ingvar Ingve Ingvor Inka Inkeri Inés
Iqbal Irene Iris Irja Irma Irmeli Irén Isa Isabel Isabella Isabelle Isak Ismail Ivan Ivana Ivar Ivica Ivo Jaakko Jaana Jabar Jacek
Jacob Jakob Jalal Jamal James Jamil Jan Jan-Eric Jan-Erik Jan-Olof Jan-Olov Jana Jane Janet Jani Jannike Janina Janne Jari Jarkko Jarl
Jarmo Jasmin Jasmina Jasna Javad Jawad Jeanette Jelena Jenna Jenni Jennie Jennifer Jenny Jens Jerker Jerry Jesper Jessica Jimmie
Jimmy Joakim Joanna Joar Joel Johan Johanna Johannes John Johnny Jon Jonas Jonatan Jonathan Joni Jonna Jonny Joonas Jorge Jorma
Josef Josefin Josefina Josefine Joseph José Jouko Jouni Jovan Juan Judit Juha Juhani Juho Jukka Julia Julian Julie Julio Julius
Jussi Juuso Jyrki Jöns Jörgen Kaarina Kaarlo Kaija Kaisa Kaj Kajsa Kalevi Kalle Kamal Kamran Kari Karim Karin Karina Karl
Karl-Erik Karl-Gustav Karolina Karsten Karwan Kaspar Kasper Katarina Katarzyna Kate Katharina Kathrin Katja Katrin Katrina Kauko Kawa
Keijo Keith Kelly Kemal Kenan Kennet Kenneth Kent Kerstin Kerttu Kettil Kevin Khadija Khaled Khalid Kicki Kim Kimmo Kirsi Kirsten
Kirsti Kjell Klara Klas Knut Kokab Konrad Konsta Kristel Krister Kristian Kristiina Kristin Kristina Kristine Kristoffer Krzysztof Kurt
Kurtis Kyösti Kåre Lage Laila Lailla Larry Lars Lars-Erik Lars-Göran Lars-Olof Lasse Lassi Laura Lauri Layla Lea Leena Leevi Leia
Leif Leila Lejla Lena Lennart Lennarth Lenni Leo Leon Leonard Leonora Lesley Leslie Leyla Liam Liane Liisa Lilian Liliana Lilja
Lill Lillemor Lillian Lilly Lina Linda Linn Linnea Linnéa Linus Lisa Lisbet Lisbeth Lise Lise-Lott Lise-Lotte Liselott Liselotte
Lisen Liv Livia Lotta Louise Lova Lovisa Luay Lucas Ludvig Ludwig Luis Lukas Lydia Léa Léon Maarit Madeleine Madelene Magda
Magdalena Magne Magnus Mahdi Mahmood Mahmoud Mahmud Maija Maire Maj Maj-Britt Maj-Lis Maja Majid Majken Majvor Malcolm Malena
Malgorzata Malik Malin Malte Manne Mansour Manuel Marcela Marcus Marek Margareta Margaretha Margit Mari Maria Mariam Marian
Marianne Marie Marie-Louise Mariette Marija Marika Marina Mario Marit Marita Marja Marjatta Marjo Marjut Marketta Markku Marko
Markus Marlene Marléne Marta Martha Martin Martina Marwa Mary Maryam María Masoud Mathias Mathilda Mathilde Matilda Matleena Mats
Mats-Ola Matti Mattias Matts Maud Mauri Mauritz Max Maximilian Maya Mehdi Mehmet Melek Melker Melvin Mensur Merja Mervi Meryem
Metin Mia Micaela Michael Michaela Michelle Micael Micke Midhat Mika Miikka Mikael Mikaela Mikko Milan Milla Milton Minea Minna Mira Mirela
Miriam Mirja Miro Mirsad Mirza Moa Mohamed Mohammad Mohammed Mohamud Mohsen Molly Mona Monica Monika Morgan Muhammad Muna Musa
Mustafa Mustafe My Märit Märta Måns Mårten Nabil Nader Nadia Nadim Nadja Naima Nancy Nanna Nasir Nasrin Nasser Natalie Natanael
Nathalie Nawal Nazanin Necla Nedzad Neil Nelli Nellie Nelly Nenad Nermin Nesrin Nestor Nicklas Niclas Nicolas Nicole Nigel Nihad
Niilo Niina Niklas Niko Nikola Nils Nils-Erik Nilüfer Nima Nina Ninni Noah Noel Noor Nora Nore Norma Nour Noél Nuri Oda Oili Okko
Ola Olaus Ole Olga Oliver Olivia Olle Olli Olof Olov Omar Onni Oona Orvar Orvokki Oscar Oskar Oskari Osman Osmo Ossian Osvald
Ottilia Otto Outi Ove Owe Ozan Paavo Parisa Pasi Patric Patricia Patricio Patrick Patrik Paul Paula Pauli Pauliina Paulina Payam
Peder Pedro Pehr Pekka Pelle Pentti Per Per-Erik Per-Olof Per-Olov Pernilla Pertti Peter Petra Petri Petronella Petter Petteri
Peyman Philip Pia Pinja Piotr Pirjo Pirkko Pontus Predrag Priya Päivi Pär Rafael Ragnar Ragnhild Ragnvald Raija Raili Raimo Rainer
Rakel Ralf Rami Ramona Rania Rasha Rashid Rasmus Rauno Ravi Rawand Raymond Rebeca Rebecca Rebecka Rebekka Recep Reem Reetta Reidar
Reijo Reine Reinhold Reino René Renée Reza Rezan Riad Richard Rickard Ricky Rigmor Riikka Riitta Rikard Risto Rita Ritva Robert
Robin Rodrigo Roger Roine Roland Rolf Ronald Ronja Ronnie Ronny Roope Rosa Rose Rose-Marie Rosita Ross Roy Roya Rudolf Runar Rune
Rut Rutger Ruth Saad Saara Sabah Sabina Sabine Sabri Sadia Saeed Safa Saga Sahar Sahra Said Sakari Salah Saleh Salma Sam Samantha
Sami Samir Samira Samuel Sana Sandra Sanela Sanja Sanna Sanni Santeri Sara Sarah Sari Satu Sean Sebastian Seija Selin Selma Semir
Senad Senja Seppo Sergio Serkan Seved Sevgi Shabnam Shadi Shahin Shahla Sharon Shaun Shirin Shiva Sibel Sigbritt Sigfrid Sigge
Signe Sigrid Sigurd Sigvard Siiri Silvia Simo Simon Simone Sinikka Siri Sirkka Sirpa Sisko Sissi Siv Sivert Siw Sixten Slobodan
Snezana Sofi Sofia Sofie Sointu Solbritt Solveig Solvig Songül Sonja Soraya Srdjan Staffan Stefan Stella Stellan Sten Stephen
Steve Stig Stig-Göran Stiina Stina Sture Suad Suada Suleiman Sune Susan Susann Susanne Sussie Suvi Svante Sven Sven-Erik Sven-Olof
Sverker Sylvi Sylvia Synnöve Sölve Sören Tage Taha Tahir Taina Taisto Tanja Tapani Tapio Tarek Tariq Tarja Tea Teemu Tekla
Tellervo Teodor Teppo Teresa Terese Terhi Terje Tero Terry Terttu Thea Theo Theodor Theres Therese Therése Thomas Thor Thorbjörn Thord
Thore Thorsten Thure Thyra Tiina Tilda Tilde Tim Timo Tina Tintin Tobias Toivo Tom Tomas Tomasz Tommi Tommy Toni Tony Topi Topias
Tor Tora Torbjörn Tord Tore Torgny Torkel Torsten Torun Tove Trevor Tryggve Tuija Tuomas Tuomo Ture Tuula Tuuli Tuulikki Tuva Tyra
Tülay Ulf Ulla Ulla-Britt Ulla-Karin Ulrica Ulrik Ulrika Unni Uno Urban Ursula Valdemar Valter Valtteri Vanessa Vanja Veera Veeti Veli
Vendela Venla Vera Verner Veronica Veronika Vertti Veikko Vesa Vesna Vicky Victor Victoria Vidar Viggo Viivi Viking Viktor Viktoria
Vilgot Vilhelm Vilho Ville Vilma Vincent Viola Virpi Vivan Viveca Viveka Vivi Vivian Vivianne Vladimir Väinö Waldemar Walid Walter
Wayne Weine Wilhelm William Willy Wilma Wilmer Wivi Wojciech Ximena Yahya Yasemin Yasin Yasmin Yasser Ylva Yngve Younes Yousef
Yusra Yusuf Yvonne Zahra Zainab Zakaria Zara Zbigniew Zehra Zeinab Zeynep Ziad Zijad Zlatan Zoran Zorica Zozan Zoé Åke Åsa Åse
Élise Örjan Östen Öyvind Özlem
Cajsa Ewy Gullan Igor Jeannette Kai Kristofer Lorentz Majlis Manfred Maritha Mirjam Nikolaj Pauline Paulus Ruben Severin Susanna Suzanne Torvald Wiktor Yrjö Zandra
Christofer Cristoffer Elizabeth Elvin Emely Erica Ewelina Freddie Freddy Frederik Gunn Hannah Hendrik Henric Heléne Hélène Isac Iréne Janette
Jannette Jessika Joachim Jockum Josephine Jöran Kamilla Katrine Lene Liza Louice Majbritt Malou Matthias Mickael Phillip Sanne Solweig Sonia
Sophia Sophie Steffan Stephan Tania Theresa Tommie Ywonne Zofia
Regina
Annikki Antero Ensio Eveliina Ilmari Kalervo Karoliina Katariina Kyllikki Martti Matias Olavi
Arsim Jim Margaret
Andréa Marilene
May
`;

/** The given names, in lower case. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== '').map((n) => n.toLowerCase()));
