// Given names, for telling a person (`Maria Lund`, `Engdahl Ewa`) from a place or a room
// (`Stadshuset Fjäråsrummet`, `Kommunhuset Tingssalen`) where rules run out, and for
// finding where the next person starts in a run-on list (`… (M), vice ordförande Britt
// Engman (S) …`). Compiled by hand for finsam from the names most borne in Sweden and in
// Swedish-speaking Finland (the frequency lists of SCB's name statistics and Finland's
// population register served as the reference), with common names of Swedes born abroad.
// Finnish given names borne by Swedish-speaking Finns (Eero, Päivi, Jukka), who fill the
// minutes of Finland's bilingual towns, are listed too.
// A name missing here costs only that rule: the others still apply.

const NAMES = `
Aada Aapo Aarne Aaron Aatu Abbas Abbe Abdi Abdul Abdullah Abdullahi Abraham Adam Adel Adele Adina Adnan Adolf Adrian Adriana Agda
Agne Agnes Agneta Agnetha Agnieszka Ahmad Ahmed Ahti Aida Aila Aili Aina Aino Aira Airi Aki Akseli Alarik Albert Albertina Alberto
Albin Aldo Alejandro Aleksandar Aleksander Aleksi Alex Alexander Alexandra Alexis Alf Alfhild Alfons Alfred Algot Ali Alice Alicia
Alida Alina Alise Allan Alma Almir Alrik Alva Alvar Alvin Alvina Amal Amalia Amanda Amandus Ambjörn Amela Amelia Amelie Amin Amina
Amir Amira Ammar Amra Ana Anders Andor Andrea Andreas Andrej Andrzej André Andrée Andrés Anette Ang Angela Angelica Angelika Anica
Anita Anja Anki Ann Ann-Britt Ann-Charlott Ann-Charlotte Ann-Christin Ann-Christine Ann-Kristin Ann-Louise Ann-Margret Ann-Mari
Ann-Marie Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Lisa Anna-Maria Annalena Anne Anne-Charlotte Anne-Li Anne-Lie
Anne-Marie Anneli Annelie Annette Anni Annica Annie Annika Annukka Anny Anselm Anshelm Anton Antonia Antonio Antti Anu Arash Ari
Arja Arne Arnold Arnt Aron Arto Artur Arvid Arvind Asad Asko Assar Astrid Atle August Augusta Aulikki Aune Aurora Axel Ayan Ayla
Ayse Aysel Ayşe Aziz Bahar Barbro Bea Beata Beatrice Behrouz Bella Ben Benedikt Bengt Bengt-Göran Bengt-Johan Bengta Benjamin
Benny Berit Berndt Bernhard Bernt Bert Berta Bertel Bertil Betty Bibbi Bill Billy Birger Birgit Birgitta Bjarne Björn Björne Bo
Bo-Göran Bodil Boris Bosse Brita Britt Britt-Marie Britta Bror Bror-Erik Bruno Burak Börje Calle Camilla Carin Carina Carita Carl
Carl-Johan Carola Carolina Caroline Casper Catarina Catharina Cathrine Catrin Cecilia Cecilie Celine Charles Charlie Charlotta
Charlotte Chloé Christel Christer Christian Christin Christina Christine Christoffer Christopher Claes Clara Clas Conny Curt Dag
Dagmar Dagny Dan Daniel Daniela Danielle Danny Dara Dariush David Davor Denise Dennis Desirée Diana Dick Dino Doris Douglas Dragan
Dragana Dzenan Ebba Ebbe Edgar Edin Edith Edla Edvard Edvin Edward Eelis Eemeli Eero Eetu Eeva Egil Egon Eija Eila Eilert Einar
Eino Eira Eivor Eje Ejnar Ejvor Elaine Elena Eleonor Eleonora Elham Elias Elif Elin Elina Elis Elisa Elisabet Elisabeth Elise Ella
Ellen Ellinor Elmer Elna Elof Elsa Else Elsie Elvi Elvira Elvis Elvy Emanuel Emelie Emil Emilia Emilie Emin Emina Emir Emira Emma
Emmy Emre Enar Engla Enni Enok Enrique Erik Erika Erkki Erland Erling Ermin Ernst Esa Esaias Esbjörn Eskil Esko Esma Ester Esther
Eva Eva-Lena Eva-Lotta Evald Evelina Evert Evy Ewa Fabian Fadi Faisal Fanny Farah Fardowsa Farid Fatemeh Fatima Fatma Felicia
Felix Filip Filippa Finn Folke Frank Frans Fred Fredrik Fredrika Freja Frida Fridolf Frithiof Fritiof Fritz Gabriel Gabriella
Georg Gerd Gerda Gerhard Gert Gertrud Gideon Gilbert Gillis Gisela Gittan Gitte Glenn Goran Gottfrid Gotthard Greger Gregor Greta
Gudmund Gudrun Gull-Britt Gull-May Gulli Gun Gun-Britt Gunborg Gundel Gunhild Gunilla Gunnar Gunnel Gunnvor Gunvor Gustaf
Gustaf-Adolf Gustav Gusten Guy Göran Görel Gösta Göte Habib Hadar Hadi Hakan Hakon Halima Halvar Halvard Hamid Hampus Hamza Hanna
Hanne Hannele Hannes Hannu Hans Hans-Erik Hans-Olof Hans-Åke Harald Hardy Harri Harriet Harry Hasan Hassan Hatice Hedda Hedvig
Heidi Heikki Heino Helen Helena Helene Helge Heli Helinä Hellevi Helmer Helmi Helmut Helén Henna Henning Henny Henri Henrik
Henrika Henry Herbert Herman Hervor Hilda Hilding Hilkka Hillevi Hjalmar Hjördis Hodan Holger Holmfrid Hossein Hravn Hugo Hussein
Håkan Ia Ian Ibrahim Ida Idris Idun Iida Iina Ilari Ilhan Ilkka Ilona Ilse Ina Ines Inez Ing-Marie Inga Inga-Lill Ingalill Inge
Ingeborg Ingegerd Ingegärd Ingela Ingemar Inger Ingmar Ingolf Ingrid Ingvald Ingvar Ingve Ingvor Inka Inkeri Inés Irene Iris Irja
Irma Irmeli Irén Isa Isabel Isabella Isabelle Isak Ismail Ivan Ivar Ivo Jaakko Jaana Jacob Jakob Jalal Jamal James Jan Jan-Eric
Jan-Erik Jan-Olof Jan-Olov Jane Janet Jani Janina Janne Jari Jarkko Jarl Jarmo Jasmin Jasmina Jeanette Jelena Jenna Jenni Jennie
Jennifer Jenny Jens Jerker Jesper Jessica Jimmy Joakim Joar Joel Johan Johanna Johannes John Johnny Jon Jonas Jonatan Jonathan
Joni Jonna Jonny Joonas Jorma Josef Josefin Josefina Josefine Joseph José Jouko Jouni Jovan Judit Juha Juhani Juho Jukka Julia
Julian Julius Jussi Juuso Jyrki Jöns Jörgen Kaarina Kaarlo Kaija Kaisa Kaj Kajsa Kalevi Kalle Kari Karim Karin Karina Karl
Karl-Erik Karl-Gustav Karolina Kaspar Kasper Katarina Katarzyna Kate Katharina Kathrin Katja Katrin Katrina Kauko Keijo Kemal
Kennet Kenneth Kent Kerstin Kerttu Kettil Kevin Khalid Kicki Kim Kimmo Kirsi Kirsten Kirsti Kjell Klara Klas Knut Konrad Konsta
Krister Kristian Kristiina Kristin Kristina Kristine Kristoffer Krzysztof Kurt Kurtis Kyösti Kåre Lage Laila Lailla Lars Lars-Erik
Lars-Göran Lars-Olof Lasse Lassi Laura Lauri Layla Lea Leena Leevi Leif Leila Lejla Lena Lennart Lennarth Lenni Leo Leon Leonard
Leonora Leyla Liane Liisa Lilian Liliana Lilja Lill Lillemor Lillian Lilly Lina Linda Linn Linnea Linnéa Linus Lisa Lisbet Lisbeth
Lise Lise-Lott Lise-Lotte Liselott Liselotte Liv Lotta Louise Lova Lovisa Lucas Ludvig Lukas Lydia Léa Léon Maarit Madeleine
Madelene Magda Magdalena Magne Magnus Mahmoud Maija Maire Maj Maj-Britt Maj-Lis Maja Majid Majken Majvor Malena Malin Malte Manne
Marcus Margareta Margaretha Margit Mari Maria Mariam Marian Marianne Marie Marie-Louise Mariette Marika Marina Marit Marita Marja
Marjatta Marjo Marjut Marketta Markku Marko Markus Marlene Marléne Marta Martha Martin Martina Maryam María Mathias Mathilda
Mathilde Matilda Mats Mats-Ola Matti Mattias Matts Maud Mauri Max Maximilian Maya Mehdi Mehmet Melker Melvin Merja Mervi Meryem
Mia Micaela Michael Michaela Micke Mika Mikael Mikaela Mikko Milan Milla Milton Minea Minna Mira Miriam Mirja Miro Mirsad Mirza
Moa Mohamed Mohammad Mohammed Mona Monica Monika Morgan Muhammad Mustafa My Märit Märta Mårten Nadia Nadja Naima Nanna Nasrin
Natalie Natanael Nathalie Nedzad Nelli Nellie Nelly Nenad Nermin Nestor Nicklas Niclas Nicolas Nicole Niilo Niina Niklas Niko
Nikola Nils Nils-Erik Nina Ninni Noah Noel Nora Nore Norma Nour Noél Oda Oili Okko Ola Olaus Ole Olga Oliver Olivia Olle Olli Olof
Olov Omar Onni Oona Orvar Orvokki Oscar Oskar Oskari Osmo Ossian Osvald Ottilia Otto Outi Ove Owe Ozan Paavo Parisa Pasi Patric
Patricia Patrick Patrik Paul Paula Pauli Pauliina Paulina Peder Pehr Pekka Pelle Pentti Per Per-Erik Per-Olof Per-Olov Pernilla
Pertti Peter Petra Petri Petter Petteri Philip Pia Pinja Piotr Pirjo Pirkko Pontus Priya Päivi Pär Rafael Ragnar Ragnhild Ragnvald
Raija Raili Raimo Rainer Rakel Ralf Rami Ramona Rania Rasmus Rauno Ravi Raymond Rebeca Rebecca Rebecka Reetta Reidar Reijo Reine
Reinhold Reino René Renée Reza Rickard Rigmor Riikka Riitta Rikard Risto Rita Ritva Robert Robin Roger Roine Roland Rolf Ronald
Ronja Ronnie Ronny Roope Rosa Rose Rose-Marie Rosita Rudolf Runar Rune Rut Rutger Ruth Saara Sabina Sabine Sadia Saga Sahra Said
Sakari Salma Sam Sami Samir Samira Samuel Sandra Sanna Sanni Santeri Sara Sarah Sari Satu Sebastian Seija Selma Senad Senja Seppo
Sergio Seved Shabnam Shirin Sigbritt Sigfrid Sigge Signe Sigrid Sigurd Sigvard Siiri Silvia Simo Simon Simone Sinikka Siri Sirkka
Sirpa Sisko Sissi Siv Sivert Siw Sixten Sofi Sofia Sofie Sointu Solbritt Solveig Sonja Soraya Staffan Stefan Stella Stellan Sten
Stig Stig-Göran Stina Sture Sune Susann Susanne Sussie Suvi Svante Sven Sven-Erik Sven-Olof Sverker Sylvia Synnöve Sölve Sören
Tage Taina Taisto Tanja Tapani Tapio Tarek Tariq Tarja Tea Teemu Tekla Tellervo Teodor Teresa Terese Terhi Terje Tero Terttu Thea
Theo Theodor Theres Therese Therése Thomas Thor Thorbjörn Thord Thore Thorsten Thure Tiina Tilda Tilde Tim Timo Tina Tintin Tobias
Toivo Tom Tomas Tomasz Tommi Tommy Toni Tony Topi Topias Tor Tora Torbjörn Tord Tore Torgny Torkel Torsten Torun Tove Tryggve
Tuija Tuomas Tuomo Ture Tuula Tuuli Tuulikki Tuva Tyra Ulf Ulla Ulla-Britt Ulla-Karin Ulrica Ulrik Ulrika Uno Urban Ursula
Valdemar Valter Valtteri Vanessa Vanja Veera Veeti Veli Vendela Venla Vera Verner Veronica Veronika Vertti Vesa Victor Victoria
Vidar Viivi Viking Viktor Viktoria Vilgot Vilhelm Vilho Ville Vilma Vincent Viola Virpi Vivan Viveca Viveka Vivi Vivian Vivianne
Väinö Waldemar Walter Weine Wilhelm William Willy Wilma Wivi Yasmin Ylva Yngve Yousef Yusuf Yvonne Zahra Zainab Zara Zeynep Zoran
Zoé Åke Åsa Åse Élise Örjan Östen Öyvind Özlem
`;

/** The given names, in lower case. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== '').map((n) => n.toLowerCase()));
