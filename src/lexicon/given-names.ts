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
Aaron Abbas Abdi Abdul Abdullah Abdullahi Abraham Adam Adel Adrian Adriana Agda Agne Agnes Agneta Ahmad Ahmed Aida Aina Aino
Albert Albin Alberto Alejandro Aleksandar Aleksander Alex Alexander Alexandra Alexis Alf Alfons Alfred Algot Ali Alice Alicia Alina
Alise Allan Alma Almir Alva Alvar Alvin Amalia Amanda Amelia Amelie Amin Amina Amir Ammar Amra Ana Anders Andrea Andreas Andrej
Andrés Anette Ang Angela Angelica Angelika Anica Anita Anja Anki Ann Ann-Britt Ann-Charlotte Ann-Christin Ann-Christine Ann-Kristin
Ann-Louise Ann-Mari Ann-Marie Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Lisa Anna-Maria Annalena Anne Anne-Charlotte Anne-Li
Anne-Marie Annelie Anneli Annette Annica Annie Annika Anny Anton Antonia Antti Arne Aron Arvid Asad Astrid Atle Aune August Augusta
Axel Ayla Aysel Bahar Barbro Bea Beata Beatrice Bella Ben Bengt Bengt-Göran Benjamin Benny Bernt Berit Bernhard Bert Berta Bertil
Betty Bill Billy Birger Birgit Birgitta Bjarne Björn Bo Bo-Göran Bodil Boris Bosse Britt Britt-Marie Britta Bror Bruno Börje Camilla
Carin Carina Carita Carl Carl-Johan Carola Caroline Carolina Cathrine Catarina Cecilia Cecilie Celine Charles Charlie Charlotta
Charlotte Christel Christer Christian Christin Christina Christine Christoffer Christopher Claes Clara Clas Conny Dag Dagmar Dagny
Dan Daniel Daniela Danielle Danny Dara David Davor Denise Dennis Diana Dick Dino Dragan Dzenan Ebba Ebbe Edin Edith Edvin Edward Egon
Eija Eila Einar Eino Eira Ejvor Elaine Elena Eleonor Eleonora Elias Elin Elina Elis Elisa Elisabet Elisabeth Elise Ella Ellen
Ellinor Elmer Elna Elof Elsa Else Elsie Elvira Elvis Emanuel Emelie Emil Emilia Emilie Emin Emina Emir Emma Emmy Enar Engla Enrique
Erik Erika Erkki Ernst Esa Esaias Esbjörn Eskil Esko Ester Esther Eva Eva-Lena Eva-Lotta Evelina Evert Evy Fabian Fadi Fanny Farah
Fardowsa Fatima Fatma Felicia Felix Filip Filippa Finn Folke Frank Frans Fred Fredrik Fredrika Freja Frida Fridolf Fritz Gabriel
Gabriella Gerd Gerda Gert Gertrud Gilbert Gisela Gitte Gittan Glenn Gottfrid Greger Gregor Greta Gudrun Gun Gun-Britt Gunborg Gunhild
Gunilla Gunnar Gunnel Gunvor Gustaf Gustav Gusten Gösta Göran Göte Habib Hadi Hakan Halima Halvar Hamid Hampus Hamza Hanna Hanne
Hannele Hannes Hans Hans-Åke Hans-Erik Hans-Olof Harald Hardy Harri Harriet Hasan Hassan Hedda Hedvig Heidi Heikki Heino Helen Helena
Helene Helge Hellevi Helmer Helmut Henning Henny Henrik Henrika Henry Herbert Herman Hilda Hilding Hilkka Hillevi Hjalmar Holger
Hossein Hugo Hussein Håkan Ia Ian Ibrahim Ida Idris Ilse Ilona Ina Ines Inga Inga-Lill Inge Ingeborg Ingegerd Ingegärd Ingela
Ingemar Inger Ingmar Ingrid Ingvar Ingvor Irene Iris Irja Irma Isa Isabel Isabella Isabelle Isak Ismail Ivan Ivar Ivo Jacob Jakob
Jalal James Jan Jan-Erik Jan-Olof Jan-Olov Jane Janet Janina Janne Jari Jarl Jarmo Jasmin Jasmina Jeanette Jenni Jennie Jennifer
Jenny Jens Jerker Jesper Jessica Jimmy Joakim Joel Johan Johanna Johannes John Johnny Jon Jonas Jonatan Jonathan Jonna Jorma Josef
Josefin Josefine Joseph Jouni Juha Juho Julia Julian Julius Jukka Jussi Jörgen Kaarina Kaisa Kajsa Kalle Karim Karin Karina Karl
Karl-Erik Karl-Gustav Karolina Kaspar Kasper Katarina Kate Katharina Kathrin Katja Katrin Katrina Kent Kenneth Kerstin Kevin Khalid
Kicki Kim Kimmo Kirsi Kirsten Kjell Klas Klara Knut Konrad Kristian Kristiina Kristin Kristina Kristoffer Krister Kurt Kurtis
Lage Laila Lailla Lars Lars-Erik Lars-Göran Lars-Olof Lasse Laura Lea Leena Leif Lena Lennart Leo Leon Leonard Leonora Lilian
Liliana Lilja Lill Lilly Lina Linda Linn Linnea Linnéa Lisa Lisbeth Lise Lise-Lott Lise-Lotte Liselott Liselotte Lotta Louise Lova
Lovisa Lucas Ludvig Lukas Lydia Madeleine Madelene Magda Magdalena Magnus Mahmoud Maj Maj-Britt Maja Majken Majvor Malena Malin
Malte Marcus Margareta Margaretha Margit Mari Maria Mariam Marian Marianne Marie Marie-Louise Mariette Marika Marina Marit Marita Marja
Markku Marko Markus Marlene Marta Martha Martin Martina Mats Matti Mattias Maud Maximilian Max Maya Mehmet Melker Melvin Merja
Mia Micaela Michael Michaela Micke Mika Mikael Mikaela Mikko Milan Milla Milton Mira Miriam Mirja Mohamed Mohammad Mohammed Moa
Mona Monica Monika Morgan Muhammad Mustafa My Märta Nadia Nadja Nanna Naima Natalie Nathalie Nermin Nestor Niclas Nicklas Nicolas
Nicole Niklas Nils Nina Noah Noel Nora Norma Nour Oda Oili Olle Oliver Olivia Olof Olov Omar Oscar Oskar Ossian Otto Ove Patricia
Patrick Patrik Paul Paula Paulina Peder Pehr Pekka Per Per-Erik Per-Olof Per-Olov Pernilla Peter Petra Petri Petter Philip Pia
Pirjo Pontus Rafael Ragnar Ragnhild Raija Rakel Ramona Rasmus Raymond Rebecca Rebecka Reidar Reijo Reine Reino Renée Riikka Rikard
Rita Robert Robin Roger Roland Rolf Ronald Ronja Ronny Rosa Rose Rose-Marie Rosita Rune Rut Ruth Saara Sabina Sabine Sadia Said
Saga Sakari Salma Sam Samir Sami Samuel Sandra Sanna Sanni Sara Sarah Satu Seppo Sebastian Selma Senad Seppo Sergio Signe Sigrid
Sigurd Sigvard Silvia Simon Simone Sirkka Siv Sixten Sofia Sofie Solveig Sonja Staffan Stefan Stella Sten Stig Stina Sture Susanne
Sussie Suvi Svante Sven Sven-Erik Sven-Olof Sverker Sylvia Synnöve Tage Tanja Tarja Tea Teodor Teresa Terese Terje Terttu Thea
Theo Theodor Theres Therese Thomas Thor Thorbjörn Thord Thore Thure Tiina Tilda Tilde Tim Timo Tina Tintin Tobias Tom Tomas
Tommi Tommy Tony Tor Torbjörn Tord Tore Torgny Torsten Tove Tuija Tuomas Tuula Tyra Ulf Ulla Ulla-Britt Ulla-Karin Ulrika Ulrica
Urban Ursula Valter Vanessa Vendela Vera Veronica Veronika Victor Victoria Viking Viktor Viktoria Vilhelm Vilma Ville Vincent Viola
Virpi Vivi Vivian Viveka Viveca Wilhelm William Willy Wilma Yasmin Yngve Ylva Yousef Yusuf Yvonne Zainab Zara Zeynep Åke Åsa Öyvind
Östen Özlem Ahti Alvina Anneli Bengta Brita Ewa Irmeli Kirsti Kaj Lassi Margit Mats-Ola Nedzad Ole Ola Päivi Pär Riitta Sture Torkel
Gulli Hravn Ermin Shabnam Lovisa Thure Emanuel Fredrik Sofi Rebeca Elisabet Leila Lejla Amela Emira Esma Hatice Leyla Meryem Nasrin
Eero Kari Tapio Ari Pertti Raimo Risto Hannu Jouko Olli Pasi Tero Toni Vesa Veli Ilkka Jaakko Lauri Aleksi Joni Jani Aki Arto Asko
Sirpa Seija Arja Minna Outi Heli Terhi Anu Mervi Marjo Ritva Aila Henna Maarit Niina Pauliina Sari Taina Eeva Liisa Maija Kaija
Väinö Toivo Onni Aarne Rauno Pentti Jyrki Keijo Mauri Osmo Paavo Pauli Teemu Tuomo Pirkko Jaana Jarkko Kalevi Kauko Kyösti Niko
Oskari Petteri Raili Vilho Aulikki Helinä Inkeri Kaarlo Kerttu Maire Marketta Orvokki Sinikka Sointu Tellervo Annukka Marjut
Reetta Tuulikki Veera Venla Aapo Eelis Eemeli Eetu Henri Ilari Joonas Juuso Konsta Lenni Leevi Miro Niilo Okko Roope Santeri Topi
Topias Valtteri Veeti Vertti Akseli Aatu Ninni Nelli Iida Aada Enni Helmi Iina Inka Jenna Minea Oona Pinja Siiri Tuuli Viivi
Rainer Ralf Runar Harry Guy Jonny Siri Nils-Erik Stig-Göran Bror-Erik
Liane Tapani Bertel Senja Eivor Gundel Matts Mathias Görel Kristine Sissi Marjatta Nore Waldemar Ture Tuva Liv Nellie Idun Lisbet
Rigmor Tariq Jamal Layla Amal Mirza Zoran Goran Jovan Nikola Andrzej Piotr Tomasz Krzysztof Agnieszka Katarzyna Ing-Marie Bengt-Johan
Helén André Andrée René Desirée José Inés Noél Zoé Chloé María Irén Léa Léon Élise Mathilde
`;

/** The given names, in lower case. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== '').map((n) => n.toLowerCase()));
