#include "wordlists.h"

// Realistic but invented: frequent French names and common street names, no real list.
namespace terrain::demo {

namespace {

const char* const kSurnames[] = {
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
    "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
    "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
    "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
    "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
    "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
    "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
    "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier",
    "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
    "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain",
    "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
    "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez",
    "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin",
    "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau",
    "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier",
    "Carlier", "Laporte", "Gaudin", "Ollivier", "Camus", "Guibert", "Launay", "Thibault", "Godard", "Hardy",
    "Rousset", "Nguyen", "Ferreira", "Dos Santos", "Pereira", "Rodrigues", "Benali", "Haddad", "Diallo",
    "Cohen", "Traoré", "N'Diaye", "Mendy", "Belkacem", "Mansouri", "Bouaziz", "Tran", "Pham", "Gomes",
    "Lopes", "Fernandes", "Martins", "Da Costa", "Moreira", "Camara", "Sylla", "Keita", "Yilmaz", "Kaci",
    "Bensaïd", "Amrani", "Chérif", "Ouattara", "Rossi", "D'Amico", "Gasnier", "Cochard", "Bellanger",
    "Chesneau", "Bouvet", "Brossard", "Cailleau", "Chupin", "Oger", "Rabouin", "Raimbault", "Ripoche",
    "Lebreton", "Tijou", "Rochard", "Guérif", "Pineau", "Bourdais", "Moron", "Hamard", "Courtin", "Belliard",
    "Roullier", "Gohier", "Foucher", "Davy", "Lemesle", "Baudouin", "Cesbron", "Chauvat", "Planchenault",
    "Cottenceau", "Audouin", "Gourdon", "Jamin", "Landreau", "Lhomme", "Moreau-Lefèvre", "Pouplard", "Secher",
    "Tharreau", "Viaud", "Bodin", "Boisseau", "Chiron", "Coulon", "Drouet", "Frémont", "Gendron", "Hérault",
    "Jolivet", "Loiseau", "Manceau", "Naud", "Papin", "Quéré", "Rabineau", "Sauvage", "Toussaint", "Vallée",
    "Le Bihan", "Le Guen", "Le Floch", "Le Corre", "Tanguy", "Guillou", "Kerouédan", "Jégou", "Delarue",
    "Delacroix", "Desmarais", "Duchêne", "Dubreuil", "Lemercier", "Lecoq", "Lefort", "Marceau", "Pottier",
    "Boutin", "Bazin", "Bigot", "Blondeau", "Bruneau", "Chauveau", "Cormier", "Couturier", "Dufresne",
    "Gallois", "Guillon", "Hamel", "Jourdan", "Labbé", "Lacombe", "Leduc", "Lemonnier", "Maury", "Mével",
    "Moisan", "Pagès", "Poisson", "Raynaud", "Rigaud", "Texier", "Valentin", "Verdier", "Voisin", "Wagner",
    "Aubin", "Barre", "Baudry", "Beaumont", "Bellamy", "Bernier", "Berthelot", "Bessière", "Billard", "Bisson",
    "Blanchet", "Blondel", "Boivin", "Bonneau", "Bonnin", "Bordier", "Bouchard", "Boudet", "Bouquet", "Bourdon",
    "Bourgoin", "Bourret", "Boutet", "Brault", "Briand", "Brochard", "Buisson", "Cadiou", "Chabert", "Chapuis",
    "Charbonnier", "Charrier", "Chartier", "Chatelain", "Chauvel", "Chevrier", "Clerc", "Cloarec", "Colas",
    "Combes", "Constant", "Cornu", "Coste", "Courtois", "Couvreur", "Cuvelier", "Delage", "Delattre", "Delmas",
    "Delorme", "Desbois", "Deshayes", "Devaux", "Didier", "Drouin", "Duclos", "Duhamel", "Dumoulin", "Dupré",
    "Ferrand", "Ferrier", "Forestier", "Fortin", "Foucault", "Fouquet", "Fradin", "Gaubert", "Geoffroy",
    "Georges", "Gervais", "Gibert", "Gilles", "Girault", "Godefroy", "Gosselin", "Goujon", "Granger", "Grenier",
    "Grimaud", "Gros", "Guillet", "Guilloux", "Guyon", "Hébert", "Hémery", "Huard", "Imbert", "Jacques", "Jamet",
    "Janvier", "Jouan", "Jourdain", "Joubert", "Jullien", "Labat", "Lacoste", "Lagarde", "Lainé", "Lalande",
    "Lallemand", "Lamotte", "Langlais", "Laroche", "Laval", "Lebon", "Lebas", "Leblond", "Lecerf", "Leconte",
    "Ledoux", "Lefranc", "Legendre", "Legros", "Lelièvre", "Lelong", "Lemarchand", "Lenoir", "Lepage", "Lesage",
    "Letellier", "Levasseur", "Lévy", "Lhuillier", "Loison", "Lombard", "Maillet", "Maire", "Marion", "Marteau",
    "Martel", "Masse", "Maurin", "Merle", "Mignot", "Millot", "Moine", "Mounier", "Neveu", "Normand", "Parent",
    "Pascal", "Paul", "Peltier", "Pernet", "Perrault", "Petitjean", "Pinel", "Piquet", "Poncet", "Portier",
    "Poulin", "Prat", "Prieur", "Quentin", "Ragot", "Raoul", "Rault", "Raymond", "Regnier", "Renou", "Riou",
    "Rivet", "Rossignol", "Rouault", "Rouxel", "Ruel", "Salaün", "Samson", "Savary", "Seguin", "Sellier",
    "Tellier", "Thierry", "Tissot", "Tournier", "Turpin", "Vaillant", "Vallet", "Verger", "Vernet", "Vial",
    "Vigneron", "Villain", "Vivier", "Yvon", "Chalopin", "Cointreau", "Fouillet", "Gaultier", "Guilbault",
    "Houdebine", "Ogereau", "Raveneau", "Rousselot", "Sourice", "Vétault", "Le Berre", "Le Borgne", "Le Moal",
    "Le Meur", "Le Gac", "Le Bras", "Le Pape", "Le Dantec", "Kerbrat", "Morvan", "Guéguen", "Benhamou",
    "Boukhari", "Dahmani", "Hamdi", "Meziane", "Saïdi", "Touati", "Diop", "Fall", "Sow", "Konaté", "Coulibaly",
    "Kouassi", "Huynh", "Truong", "Chen", "Wang", "Zhang", "Öztürk", "Demir", "Çelik", "Arslan", "Aydin",
    "Gonçalves", "Ribeiro", "Carvalho", "Teixeira", "Almeida", "Marques", "Alves", "Navarro", "Moreno",
    "Jimenez", "Gonzalez", "Hernandez", "Alvarez", "Ferrari", "Lebœuf", "Cœurdevey",
};

// Given names by cohort (before 1945, 1945-1964, 1965-1984, 1985 and after).
const char* const kFemale0[] = {
    "Marie", "Jeanne", "Simone", "Madeleine", "Germaine", "Suzanne", "Marcelle", "Denise", "Yvonne",
    "Paulette", "Odette", "Louise", "Andrée", "Lucienne", "Renée", "Marguerite", "Hélène", "Raymonde",
    "Colette", "Gisèle", "Geneviève", "Jacqueline", "Thérèse", "Yvette", "Georgette", "Henriette", "Berthe",
    "Lucie", "Fernande", "Juliette", "Ginette", "Émilienne", "Micheline", "Huguette", "Solange", "Josette",
    "Marie-Thérèse", "Marie-Louise", "Anne-Marie", "Paule",
};
const char* const kFemale1[] = {
    "Monique", "Françoise", "Martine", "Nicole", "Catherine", "Christiane", "Danielle", "Sylvie", "Brigitte",
    "Chantal", "Annie", "Michèle", "Dominique", "Josiane", "Christine", "Évelyne", "Patricia", "Bernadette",
    "Mireille", "Marie-Claude", "Marie-France", "Éliane", "Claudine", "Joëlle", "Maryvonne", "Arlette",
    "Liliane", "Jocelyne", "Danièle", "Marie-Christine", "Véronique", "Isabelle", "Pascale", "Nadine", "Odile",
    "Régine", "Ghislaine", "Béatrice", "Annick", "Marie-Noëlle",
};
const char* const kFemale2[] = {
    "Nathalie", "Isabelle", "Sylvie", "Valérie", "Sandrine", "Céline", "Stéphanie", "Christelle", "Karine",
    "Laurence", "Véronique", "Virginie", "Sophie", "Corinne", "Séverine", "Aurélie", "Émilie", "Élodie",
    "Delphine", "Caroline", "Vanessa", "Cécile", "Florence", "Hélène", "Anne-Sophie", "Frédérique", "Estelle",
    "Magali", "Murielle", "Carole", "Agnès", "Nadia", "Audrey", "Marie-Laure", "Ingrid", "Laetitia", "Gaëlle",
    "Anne-Laure", "Bérengère", "Maud",
};
const char* const kFemale3[] = {
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Marie", "Laura", "Sarah", "Julie", "Pauline", "Mathilde",
    "Océane", "Clara", "Inès", "Lucie", "Anaïs", "Marine", "Justine", "Charlotte", "Juliette", "Louise", "Jade",
    "Lisa", "Margaux", "Morgane", "Élise", "Amandine", "Mélanie", "Alice", "Zoé", "Maëlle", "Lola", "Bérénice",
    "Noémie", "Eva", "Romane", "Clémence", "Héloïse", "Salomé", "Maëva", "Yasmine", "Léna",
};
const char* const kMale0[] = {
    "Jean", "Pierre", "André", "Marcel", "René", "Louis", "Roger", "Robert", "Henri", "Georges", "Paul",
    "Maurice", "Raymond", "Joseph", "Lucien", "Albert", "Fernand", "Gaston", "Émile", "Jacques", "Roland",
    "Guy", "Claude", "Bernard", "Gilbert", "Francis", "Marius", "Léon", "Étienne", "Michel", "Jean-Baptiste",
    "Désiré", "Gérard", "Norbert", "Armand", "Gabriel", "Félix", "Eugène", "Clément", "Auguste",
};
const char* const kMale1[] = {
    "Michel", "Alain", "Jean-Pierre", "Gérard", "Daniel", "Bernard", "Patrick", "Philippe", "Christian",
    "Jean-Claude", "Jacques", "Serge", "Dominique", "Didier", "Gilles", "Jean-Louis", "Jean-Marie", "Claude",
    "Guy", "Francis", "Jean-Paul", "Pascal", "Jean-Michel", "Yves", "Thierry", "Denis", "Jean-François", "Joël",
    "Hervé", "Marc", "René", "Bruno", "Jean-Luc", "Roland", "Jean-Jacques", "Rémy", "Noël", "Patrice",
    "Jean-Yves", "Jean-Noël",
};
const char* const kMale2[] = {
    "Christophe", "Stéphane", "David", "Frédéric", "Laurent", "Nicolas", "Sébastien", "Olivier", "Éric",
    "Thierry", "Pascal", "Philippe", "Franck", "Vincent", "Cédric", "Jérôme", "Fabrice", "Ludovic", "Julien",
    "Arnaud", "Jean-Philippe", "Grégory", "Emmanuel", "Xavier", "Benoît", "Damien", "Anthony", "Guillaume",
    "François", "Yannick", "Mickaël", "Jean-Marc", "Samuel", "Alexandre", "Mathieu", "Loïc", "Hervé", "Gaël",
    "Thomas", "Bruno",
};
const char* const kMale3[] = {
    "Thomas", "Nicolas", "Julien", "Maxime", "Alexandre", "Quentin", "Antoine", "Kévin", "Romain", "Florian",
    "Lucas", "Hugo", "Théo", "Clément", "Mathis", "Louis", "Nathan", "Enzo", "Paul", "Arthur", "Baptiste",
    "Valentin", "Adrien", "Benjamin", "Jules", "Raphaël", "Gabriel", "Tom", "Léo", "Corentin", "Dylan",
    "Mathéo", "Noah", "Ethan", "Aurélien", "Rémi", "Axel", "Bastien", "Mehdi", "Yanis", "Jérémy", "Loïc",
};
const char* const kFemaleMiddle[] = {
    "Marie", "Anne", "Jeanne", "Louise", "Françoise", "Claire", "Hélène", "Madeleine", "Thérèse", "Catherine",
    "Élisabeth", "Sophie", "Jacqueline", "Monique", "Christine", "Odile", "Geneviève", "Cécile", "Isabelle",
    "Andrée",
};
const char* const kMaleMiddle[] = {
    "Jean", "Pierre", "Louis", "Marie", "Joseph", "Paul", "André", "Jacques", "François", "Michel", "Henri",
    "Charles", "Antoine", "Philippe", "Gabriel", "René", "Marcel", "Roger", "Yves", "Émile",
};

constexpr unsigned bit(StreetCategory c)
{
    return 1u << unsigned(c);
}

const StreetType kStreetTypes[] = {
    {"Rue", 440,
     bit(PersonName) | bit(TitledName) | bit(Civic) | bit(Landmark) | bit(Nature) | bit(DateName) | bit(LocalFigure)},
    {"Avenue", 70, bit(PersonName) | bit(TitledName) | bit(Civic) | bit(DateName) | bit(Destination)},
    {"Boulevard", 30, bit(PersonName) | bit(TitledName) | bit(Civic) | bit(DateName)},
    {"Impasse", 100, bit(Nature) | bit(Landmark) | bit(PersonName) | bit(LocalFigure)},
    {"Place", 30, bit(TitledName) | bit(Civic) | bit(Landmark) | bit(DateName) | bit(PersonName)},
    {"Allée", 80, bit(Nature) | bit(PersonName) | bit(LocalFigure)},
    {"Chemin", 100, bit(Nature) | bit(Landmark) | bit(Destination)},
    {"Route", 50, bit(Destination)},
    {"Square", 12, bit(PersonName) | bit(Nature) | bit(LocalFigure)},
    {"Quai", 10, bit(PersonName) | bit(Landmark)},
    {"Cours", 10, bit(PersonName) | bit(Civic)},
    {"Passage", 12, bit(Landmark) | bit(Nature)},
    {"Sentier", 8, bit(Nature)},
    {"Promenade", 8, bit(Nature) | bit(Landmark)},
};

const char* const kPersonNames[] = {
    "Victor Hugo", "Jean Jaurès", "Jean Moulin", "Pasteur", "Gambetta", "Émile Zola", "Jules Ferry",
    "Anatole France", "Voltaire", "Jean-Jacques Rousseau", "Aristide Briand", "Georges Clemenceau", "Paul Bert",
    "Marcel Pagnol", "Albert Camus", "Pierre et Marie Curie", "Molière", "Jean de La Fontaine", "Charles Péguy",
    "Louis Blériot", "Antoine de Saint-Exupéry", "George Sand", "Colette", "Simone Veil", "Lucie Aubrac",
    "Olympe de Gouges", "Joachim du Bellay", "René Cassin", "Pierre Mendès France", "Jean Monnet",
    "Alphonse Daudet", "Jules Verne", "Hector Berlioz", "Claude Debussy", "Maurice Ravel", "Frédéric Chopin",
    "Gustave Eiffel", "Henri Matisse", "Paul Cézanne", "Auguste Renoir", "Claude Monet", "Édith Piaf",
    "Georges Brassens", "Jacques Brel", "Jeanne d'Arc", "Louis Aragon", "Paul Éluard", "Arthur Rimbaud",
    "Paul Verlaine", "Guy de Maupassant", "Honoré de Balzac", "Gustave Flaubert", "Alexandre Dumas",
    "Marie Curie", "Louise Michel", "Germaine Tillion", "Joséphine Baker", "Condorcet", "Danton", "Carnot",
    "Lamartine", "Montesquieu", "Diderot", "Racine", "Corneille", "Rabelais", "Ronsard", "David d'Angers",
    "René Descartes", "Blaise Pascal", "Henri Dunant", "Jean Rostand", "Nelson Mandela", "Martin Luther King",
    "Gaston Ramon", "Jean Macé", "Ambroise Paré", "Henri Barbusse", "Romain Rolland", "Françoise Dolto",
    "Jean Giono", "Saint-Exupéry",
};
const char* const kTitledNames[] = {
    "du Général de Gaulle", "du Général Leclerc", "du Maréchal Foch", "du Maréchal Joffre",
    "du Président Wilson", "du Docteur Schweitzer", "de l'Abbé Pierre", "du Commandant Charcot",
    "du Colonel Fabien", "du Docteur Roux", "du Président Kennedy", "du Général Koenig", "de l'Amiral Courbet",
    "du Capitaine Dreyfus",
};
const char* const kCivicNames[] = {
    "de la République", "de la Liberté", "de la Paix", "de l'Europe", "de la Libération", "de Verdun",
    "de la Résistance", "des Droits de l'Homme", "de la Fraternité", "de l'Égalité", "de la Concorde",
    "des Anciens Combattants", "de la Déportation", "de l'Union",
};
const char* const kLandmarkNames[] = {
    "de la Gare", "de l'Église", "de la Mairie", "du Château", "du Moulin", "de la Poste", "des Écoles",
    "du Stade", "du Lavoir", "de la Fontaine", "du Port", "du Pont", "du Cimetière", "du Prieuré", "du Calvaire",
    "du Marché", "du Four", "du Puits", "de la Forge", "du Bourg", "de la Vallée", "du Verger", "de l'Abbaye",
    "de la Chapelle", "du Presbytère", "de la Tour", "des Remparts", "de la Loire", "du Canal", "de l'Étang",
    "de la Croix", "du Parc", "des Halles", "de l'Industrie", "du Commerce", "de la Levée", "du Bac",
    "des Carrières", "de la Tuilerie", "des Caves",
};
const char* const kNatureNames[] = {
    "des Tilleuls", "des Lilas", "des Roses", "des Acacias", "des Chênes", "des Peupliers", "des Mimosas",
    "des Érables", "des Bleuets", "des Coquelicots", "des Violettes", "des Jonquilles", "des Primevères",
    "des Glycines", "des Hortensias", "des Marronniers", "des Platanes", "des Saules", "des Bouleaux",
    "des Charmes", "des Noisetiers", "des Pommiers", "des Cerisiers", "des Vergers", "des Prés", "des Champs",
    "des Jardins", "des Sources", "des Rosiers", "des Magnolias", "des Camélias", "des Iris", "des Genêts",
    "des Ajoncs", "des Bruyères", "des Fauvettes", "des Mésanges", "des Alouettes", "des Hirondelles",
    "des Rossignols", "du Bocage", "du Val", "des Coteaux", "des Vignes", "des Vignerons", "des Tisserands",
    "des Artisans", "des Mariniers", "des Bateliers", "des Cèdres", "des Pins", "des Sapins", "des Ormes",
    "des Frênes", "des Aubépines", "des Myosotis", "des Pâquerettes", "des Lavandières", "des Noues",
    "des Blés", "des Moissons", "des Mûriers", "des Églantines", "du Clos", "des Grillons",
};
const char* const kDateNames[] = {
    "du 8 Mai 1945", "du 11 Novembre 1918", "du 14 Juillet", "du 19 Mars 1962", "du 18 Juin 1940",
    "du 4 Septembre", "du 1er Mai", "du 6 Juin 1944",
};
const char* const kDestinationNames[] = {
    "d'Angers", "de Saumur", "de Nantes", "de Cholet", "de Tours", "de Paris", "du Mans", "de Segré",
    "de Baugé", "de Doué", "de Chalonnes", "de Brissac", "de Montreuil", "de la Gare", "du Moulin", "des Bois",
    "de la Forêt", "de Beaulieu", "de Bellevue", "de la Croix Blanche",
};
const char* const kLocalFigures[] = {
    "Joseph Cesbron", "Marcel Gasnier", "Henri Cochard", "Louis Bellanger", "Pierre Chesneau",
    "Auguste Ripoche", "Eugène Tessier", "Albert Rabouin", "Germaine Tijou", "Léon Pineau", "Paul Gohier",
    "Émile Foucher", "René Baudouin", "Marthe Cottenceau", "Jean Landreau", "Lucien Secher", "Gustave Viaud",
    "Maurice Bodin", "André Chiron", "Francis Gendron", "Jules Manceau", "Marie Papin", "Georges Rabineau",
    "Alphonse Bazin", "Roger Blondeau", "Fernand Bruneau", "Camille Chauveau", "Clément Cormier",
    "Gaston Dufresne", "Yvonne Gallois", "Raymond Guillon", "Victor Hamel", "Charles Jourdan", "Lucie Lacombe",
    "Ernest Leduc", "Henriette Maury", "Félix Moisan", "Jeanne Poisson", "Abel Texier", "Édouard Verdier",
};
const char* const kLieuxDits[] = {
    "La Grange Neuve", "Le Moulin de la Roche", "La Métairie", "Les Noues", "La Croix Verte", "Le Petit Bois",
    "La Haute Rivière", "Les Landes", "La Bergerie", "Le Bas Chemin", "La Gaudinière", "La Bretonnière",
    "La Petite Motte", "Le Plessis", "La Touche", "Les Hauts de Loire", "La Boissière", "La Chesnaie",
    "Beauregard", "Bellevue", "Montplaisir", "La Herpinière", "La Guérinière", "Le Pâtis", "La Brosse",
    "Les Essarts", "La Ville au Fourrier", "La Riffaudière", "Le Grand Launay", "La Fontaine Saint-Martin",
    "Les Aulnaies", "La Bodinière", "Le Chêne Rond", "La Pommeraie", "Les Rochettes", "La Sablonnière",
};
const char* const kResidences[] = {
    "Les Pins", "Les Tilleuls", "Le Clos des Vignes", "Les Jardins de la Loire", "Le Parc", "Les Hauts de Loire",
    "Le Belvédère", "Les Terrasses", "Les Marronniers", "Le Clos Fleuri", "Les Coteaux", "L'Orangerie",
    "Le Square", "Les Cèdres", "Le Panorama", "Les Peupliers", "Le Val Fleuri", "Les Glycines",
    "Le Domaine du Lac", "La Roseraie", "Les Acacias", "Le Bocage", "Les Mouettes", "Le Prieuré",
};
const char* const kPollingPlaces[] = {
    "Mairie - Salle du conseil", "École Jules Ferry", "Salle des fêtes", "Groupe scolaire Jean Moulin",
    "Gymnase Pierre de Coubertin", "Maison des associations", "Salle polyvalente", "École maternelle Les Tilleuls",
    "Centre social Saint-Exupéry", "Foyer-logement Les Glycines", "Espace culturel Marcel Pagnol",
    "Salle du Bourg", "Halle du marché", "École élémentaire Victor Hugo", "Maison de quartier des Coteaux",
    "Salle Jeanne d'Arc", "Complexe sportif du Val", "Médiathèque Louise Michel", "École Paul Bert",
    "Salle de la Levée",
};

const BirthPlace kLocalPlaces[] = {
    {"Angers", "49"}, {"Angers", "49"}, {"Angers", "49"}, {"Saumur", "49"}, {"Saumur", "49"}, {"Cholet", "49"},
    {"Cholet", "49"}, {"Segré", "49"}, {"Doué-la-Fontaine", "49"}, {"Baugé", "49"}, {"Chemillé", "49"},
    {"Beaufort-en-Vallée", "49"}, {"Longué-Jumelles", "49"}, {"Trélazé", "49"}, {"Avrillé", "49"},
    {"Les Ponts-de-Cé", "49"}, {"Montreuil-Bellay", "49"}, {"Durtal", "49"}, {"Chalonnes-sur-Loire", "49"},
    {"Saint-Barthélemy-d'Anjou", "49"}, {"Brissac-Quincé", "49"}, {"Gennes", "49"}, {"Candé", "49"},
    {"Beaupréau", "49"}, {"Pouancé", "49"},
};
const BirthPlace kFrenchPlaces[] = {
    {"Paris 14e Arrondissement", "75"}, {"Paris 12e Arrondissement", "75"}, {"Paris 15e Arrondissement", "75"},
    {"Paris 13e Arrondissement", "75"}, {"Paris 18e Arrondissement", "75"}, {"Paris 10e Arrondissement", "75"},
    {"Nantes", "44"}, {"Nantes", "44"}, {"Saint-Nazaire", "44"}, {"Tours", "37"}, {"Tours", "37"},
    {"Le Mans", "72"}, {"Le Mans", "72"}, {"Laval", "53"}, {"Château-Gontier", "53"}, {"Rennes", "35"},
    {"Rennes", "35"}, {"Niort", "79"}, {"Poitiers", "86"}, {"La Roche-sur-Yon", "85"}, {"Cholet", "49"},
    {"Bressuire", "79"}, {"Chinon", "37"}, {"La Flèche", "72"}, {"Lyon 3e Arrondissement", "69"},
    {"Marseille 8e Arrondissement", "13"}, {"Toulouse", "31"}, {"Bordeaux", "33"}, {"Lille", "59"},
    {"Strasbourg", "67"}, {"Nice", "06"}, {"Montpellier", "34"}, {"Grenoble", "38"}, {"Dijon", "21"},
    {"Orléans", "45"}, {"Blois", "41"}, {"Caen", "14"}, {"Rouen", "76"}, {"Le Havre", "76"}, {"Brest", "29"},
    {"Quimper", "29"}, {"Lorient", "56"}, {"Vannes", "56"}, {"Saint-Brieuc", "22"}, {"Limoges", "87"},
    {"Clermont-Ferrand", "63"}, {"Reims", "51"}, {"Metz", "57"}, {"Nancy", "54"}, {"Amiens", "80"},
    {"Besançon", "25"}, {"Perpignan", "66"}, {"Nîmes", "30"}, {"Avignon", "84"}, {"Pau", "64"},
    {"Bayonne", "64"}, {"La Rochelle", "17"}, {"Angoulême", "16"}, {"Châteauroux", "36"}, {"Bourges", "18"},
    {"Chartres", "28"}, {"Versailles", "78"}, {"Boulogne-Billancourt", "92"}, {"Saint-Denis", "93"},
    {"Créteil", "94"}, {"Argenteuil", "95"}, {"Évry", "91"}, {"Melun", "77"}, {"Troyes", "10"},
    {"Saint-Étienne", "42"}, {"Valence", "26"}, {"Ajaccio", "2A"}, {"Bastia", "2B"}, {"Alençon", "61"},
    {"Cherbourg", "50"}, {"Saint-Malo", "35"}, {"Vendôme", "41"}, {"Fougères", "35"}, {"Vitré", "35"},
};
const BirthPlace kOverseasPlaces[] = {
    {"Saint-Denis", "974"}, {"Saint-Pierre", "974"}, {"Le Tampon", "974"}, {"Pointe-à-Pitre", "971"},
    {"Les Abymes", "971"}, {"Fort-de-France", "972"}, {"Le Lamentin", "972"}, {"Cayenne", "973"},
};
const ForeignPlace kForeignPlaces[] = {
    {"Alger", "Algérie"}, {"Alger", "Algérie"}, {"Alger", "Algérie"}, {"Oran", "Algérie"}, {"Oran", "Algérie"},
    {"Oran", "Algérie"}, {"Annaba", "Algérie"}, {"Constantine", "Algérie"}, {"Tlemcen", "Algérie"},
    {"Casablanca", "Maroc"}, {"Casablanca", "Maroc"}, {"Marrakech", "Maroc"}, {"Rabat", "Maroc"}, {"Fès", "Maroc"},
    {"Oujda", "Maroc"}, {"Tunis", "Tunisie"}, {"Tunis", "Tunisie"}, {"Sfax", "Tunisie"}, {"Porto", "Portugal"},
    {"Braga", "Portugal"}, {"Lisbonne", "Portugal"}, {"Dakar", "Sénégal"}, {"Abidjan", "Côte d'Ivoire"},
    {"Douala", "Cameroun"}, {"Bamako", "Mali"}, {"Antananarivo", "Madagascar"}, {"Hanoï", "Viêt Nam"},
    {"Phnom Penh", "Cambodge"}, {"Istanbul", "Turquie"}, {"Baden-Baden", "Allemagne"}, {"Bruxelles", "Belgique"},
    {"Genève", "Suisse"}, {"Beyrouth", "Liban"}, {"Montréal", "Canada"},
};

const char* const kPtSurnames[] = {"Ferreira", "Da Silva", "Pereira", "Oliveira", "Santos", "Rodrigues", "Costa"};
const char* const kPtMale[] = {"João", "José", "António", "Manuel", "Luís", "Rui"};
const char* const kPtFemale[] = {"Maria", "Ana", "Conceição", "Fernanda", "Rosa", "Inês"};
const char* const kPtCities[] = {"Porto", "Lisbonne", "Braga", "Coimbra", "Viseu"};
const char* const kItSurnames[] = {"Rossi", "Russo", "Bianchi", "Romano", "Colombo", "Ricci", "Esposito"};
const char* const kItMale[] = {"Giuseppe", "Marco", "Antonio", "Luca", "Giovanni", "Francesco"};
const char* const kItFemale[] = {"Giulia", "Francesca", "Rosa", "Chiara", "Maria", "Elena"};
const char* const kItCities[] = {"Turin", "Milan", "Naples", "Rome", "Palerme"};
const char* const kEsSurnames[] = {"García", "Fernández", "López", "Martínez", "Sánchez", "Gómez", "Ruiz"};
const char* const kEsMale[] = {"José", "Antonio", "Francisco", "Javier", "Manuel", "Carlos"};
const char* const kEsFemale[] = {"Carmen", "María", "Pilar", "Lucía", "Isabel", "Dolores"};
const char* const kEsCities[] = {"Madrid", "Barcelone", "Valence", "Séville", "Saragosse"};
const char* const kBeSurnames[] = {"Peeters", "Janssens", "Maes", "Jacobs", "Dubois", "Lambert", "Willems"};
const char* const kBeMale[] = {"Luc", "Marc", "Pieter", "Jan", "Philippe", "Koen"};
const char* const kBeFemale[] = {"Annick", "Els", "Sofie", "Nathalie", "Martine", "Katrien"};
const char* const kBeCities[] = {"Bruxelles", "Liège", "Anvers", "Gand", "Namur"};
const char* const kDeSurnames[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann"};
const char* const kDeMale[] = {"Klaus", "Jürgen", "Stefan", "Thomas", "Andreas", "Uwe"};
const char* const kDeFemale[] = {"Sabine", "Ute", "Monika", "Petra", "Anke", "Katrin"};
const char* const kDeCities[] = {"Munich", "Cologne", "Hambourg", "Stuttgart", "Fribourg-en-Brisgau"};
const char* const kRoSurnames[] = {"Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Munteanu"};
const char* const kRoMale[] = {"Andrei", "Mihai", "Alexandru", "Ion", "Vasile", "Florin"};
const char* const kRoFemale[] = {"Ioana", "Elena", "Maria", "Andreea", "Mihaela", "Cristina"};
const char* const kRoCities[] = {"Bucarest", "Cluj-Napoca", "Iasi", "Timisoara", "Constanta"};
const char* const kPlSurnames[] = {"Nowak", "Mazur", "Kaczmarek", "Krawczyk", "Dudek", "Pawlak", "Zajac"};
const char* const kPlMale[] = {"Piotr", "Tomasz", "Marek", "Krzysztof", "Pawel", "Adam"};
const char* const kPlFemale[] = {"Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Ewa"};
const char* const kPlCities[] = {"Varsovie", "Cracovie", "Lodz", "Poznan", "Gdansk"};
const char* const kNlSurnames[] = {"De Jong", "Jansen", "De Vries", "Van Dijk", "Bakker", "Visser", "Smit"};
const char* const kNlMale[] = {"Jan", "Pieter", "Willem", "Hendrik", "Bram", "Joost"};
const char* const kNlFemale[] = {"Anke", "Sanne", "Marieke", "Femke", "Ingrid", "Els"};
const char* const kNlCities[] = {"Amsterdam", "Rotterdam", "Utrecht", "La Haye", "Eindhoven"};

const EuNationality kEuNationalities[] = {
    {"Portugaise", "Portugal", kPtSurnames, kPtMale, kPtFemale, kPtCities},
    {"Portugaise", "Portugal", kPtSurnames, kPtMale, kPtFemale, kPtCities},
    {"Italienne", "Italie", kItSurnames, kItMale, kItFemale, kItCities},
    {"Espagnole", "Espagne", kEsSurnames, kEsMale, kEsFemale, kEsCities},
    {"Belge", "Belgique", kBeSurnames, kBeMale, kBeFemale, kBeCities},
    {"Allemande", "Allemagne", kDeSurnames, kDeMale, kDeFemale, kDeCities},
    {"Roumaine", "Roumanie", kRoSurnames, kRoMale, kRoFemale, kRoCities},
    {"Polonaise", "Pologne", kPlSurnames, kPlMale, kPlFemale, kPlCities},
    {"Néerlandaise", "Pays-Bas", kNlSurnames, kNlMale, kNlFemale, kNlCities},
};

// Only domains reserved for examples (RFC 2606 and RFC 6761): a demo file never holds a
// deliverable address.
const char* const kEmailDomains[] = {
    "example.com", "example.org", "example.net", "orange.example", "free.example", "laposte.example",
    "sfr.example", "wanadoo.example", "gmail.example", "hotmail.example",
};

} // namespace

const WordLists& wordLists()
{
    static const WordLists lists = {
        kSurnames,
        {kFemale0, kFemale1, kFemale2, kFemale3},
        {kMale0, kMale1, kMale2, kMale3},
        kFemaleMiddle,
        kMaleMiddle,
        kStreetTypes,
        {kPersonNames, kTitledNames, kCivicNames, kLandmarkNames, kNatureNames, kDateNames, kDestinationNames,
         kLocalFigures},
        kLieuxDits,
        kResidences,
        kPollingPlaces,
        kLocalPlaces,
        kFrenchPlaces,
        kOverseasPlaces,
        kForeignPlaces,
        kEuNationalities,
        kEmailDomains,
    };
    return lists;
}

} // namespace terrain::demo
