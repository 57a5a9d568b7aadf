<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>terrain</name>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d’information</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Campaign history</source>
        <translation>Historique de campagne</translation>
    </message>
    <message>
        <source>Market stall sign-up sheet</source>
        <translation>Feuille d’inscription au stand du marché</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>Generating the list</source>
        <translation>Génération de la liste</translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation>Import de la liste</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Démo : %1</translation>
    </message>
    <message>
        <source>The demo file settings are not valid.</source>
        <translation>Les réglages du fichier de démonstration ne sont pas valides.</translation>
    </message>
    <message>
        <source>The demo voter file could not be written.</source>
        <translation>Le fichier électoral de démonstration n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The demo voter file was cancelled.</source>
        <translation>Le fichier électoral de démonstration a été annulé.</translation>
    </message>
    <message>
        <source>Bldg %1</source>
        <translation>Bât %1</translation>
    </message>
    <message>
        <source>Stair %1</source>
        <translation>Esc %1</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sans numéro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Voter key</source>
        <translation>Clé électeur</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;. Use excel-fr, csv or xlsx.</source>
        <translation>Format d’export inconnu « %1 ». Utilisez excel-fr, csv ou xlsx.</translation>
    </message>
    <message>
        <source>Excel (France)</source>
        <translation>Excel (France)</translation>
    </message>
    <message>
        <source>Standard CSV</source>
        <translation>CSV standard</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Cannot open the file %1.</source>
        <translation>Impossible d’ouvrir le fichier %1.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>A column mapping must read COLUMN=FIELD.</source>
        <translation>Une correspondance de colonne s’écrit COLONNE=CHAMP.</translation>
    </message>
    <message>
        <source>Unknown field in the column mapping.</source>
        <translation>Champ inconnu dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>The file has no such column.</source>
        <translation>Le fichier n’a pas cette colonne.</translation>
    </message>
    <message>
        <source>No column is mapped to a last name: map one before importing.</source>
        <translation>Aucune colonne ne correspond au nom : choisissez-en une avant d’importer.</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>Les personnes n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Bât %1</source>
        <translation>Bât %1</translation>
    </message>
    <message>
        <source>Esc %1</source>
        <translation>Esc %1</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>On ne peut pas fusionner une personne avec elle-même.</translation>
    </message>
    <message>
        <source>This person or record no longer exists.</source>
        <translation>Cette personne ou cette fiche n’existe plus.</translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation>La personne n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>terrain::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Someone who is not on the electoral list: a supporter met at the market, a volunteer, a donor.</source>
        <translation>Quelqu’un qui n’est pas sur la liste électorale : un sympathisant rencontré au marché, un bénévole, un donateur.</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nom (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>Nom d’&amp;usage :</translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de nai&amp;ssance :</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Lives with %1</source>
        <translation>Vit avec %1</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>12 bis rue de la Paix, Bât A, Apt 3</source>
        <translation>12 bis rue de la Paix, Bât A, Apt 3</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Soutien :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>terrain::CsvReader</name>
    <message>
        <source>This character cannot separate the fields of a CSV file.</source>
        <translation>Ce caractère ne peut pas séparer les champs d’un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot open the file %1.</source>
        <translation>Impossible d’ouvrir le fichier %1.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>%1, line %2: the record is longer than %3 characters; a closing quote is probably missing.</source>
        <translation>%1, ligne %2 : l’enregistrement dépasse %3 caractères ; il manque probablement un guillemet fermant.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field starts here but its closing quote is missing.</source>
        <translation>%1, ligne %2 : un champ entre guillemets commence ici mais son guillemet fermant manque.</translation>
    </message>
</context>
<context>
    <name>terrain::Database</name>
    <message>
        <source>The campaign file does not exist.</source>
        <translation>Le fichier de campagne n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the campaign file.</source>
        <translation>Impossible de créer le dossier du fichier de campagne.</translation>
    </message>
    <message>
        <source>Cannot open the campaign file.</source>
        <translation>Impossible d’ouvrir le fichier de campagne.</translation>
    </message>
    <message>
        <source>This file is not a Terrain campaign.</source>
        <translation>Ce fichier n’est pas une campagne Terrain.</translation>
    </message>
    <message>
        <source>This campaign was saved by a newer version of Terrain. Please update Terrain.</source>
        <translation>Cette campagne a été enregistrée par une version plus récente de Terrain. Mettez Terrain à jour.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>Cannot upgrade the campaign file.</source>
        <translation>Impossible de mettre à jour le fichier de campagne.</translation>
    </message>
</context>
<context>
    <name>terrain::Database::Transaction</name>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
</context>
<context>
    <name>terrain::DemoJob</name>
    <message>
        <source>Preparing a demo campaign…</source>
        <translation>Préparation d’une campagne de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation>Campagne de démonstration</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>terrain::DistrictModel</name>
    <message>
        <source>%1 supporters</source>
        <translation>%1 de soutiens</translation>
    </message>
    <message>
        <source>%1 of the voters have a phone</source>
        <translation>%1 des électeurs ont un téléphone</translation>
    </message>
    <message>
        <source>%1 of the voters reached</source>
        <translation>%1 des électeurs touchés</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Électeurs</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>With a phone</source>
        <translation>Avec téléphone</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Touchés</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Last canvass</source>
        <translation>Dernier porte-à-porte</translation>
    </message>
    <message>
        <source>Active voters: people on the list who have not moved or died</source>
        <translation>Électeurs actifs : inscrits qui n’ont ni déménagé ni disparu</translation>
    </message>
    <message>
        <source>Households with at least one voter</source>
        <translation>Foyers comptant au moins un électeur</translation>
    </message>
    <message>
        <source>People the campaign has spoken with (door or phone)</source>
        <translation>Personnes à qui la campagne a parlé (porte-à-porte ou téléphone)</translation>
    </message>
    <message>
        <source>Support breakdown, from strong support (green) to strong against (red); grey: unknown</source>
        <translation>Répartition du soutien, du soutien fort (vert) à l’opposition ferme (rouge) ; gris : inconnu</translation>
    </message>
    <message>
        <source>The latest door-to-door visit</source>
        <translation>Le passage en porte-à-porte le plus récent</translation>
    </message>
</context>
<context>
    <name>terrain::DistrictTree</name>
    <message>
        <source>Cannot read the district figures.</source>
        <translation>Impossible de lire les chiffres des secteurs.</translation>
    </message>
    <message>
        <source>No bureau</source>
        <translation>Sans bureau</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Sans rue</translation>
    </message>
    <message>
        <source>This district no longer exists.</source>
        <translation>Ce secteur n’existe plus.</translation>
    </message>
    <message>
        <source>A district needs a name.</source>
        <translation>Un secteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A district name has at most %1 characters.</source>
        <translation>Un nom de secteur compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Only a bureau has a polling place.</source>
        <translation>Seul un bureau a un lieu de vote.</translation>
    </message>
    <message>
        <source>A polling place has at most %1 characters.</source>
        <translation>Un lieu de vote compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The expected turnout is a share between 0 and 100%.</source>
        <translation>La participation attendue est une part entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>terrain::DistrictsPage</name>
    <message>
        <source>District</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. École Jules Ferry, 3 rue des Écoles</source>
        <translation>p. ex. École Jules Ferry, 3 rue des Écoles</translation>
    </message>
    <message>
        <source>&amp;Polling place:</source>
        <translation>&amp;Lieu de vote :</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>&amp;Expected turnout:</source>
        <translation>Participation &amp;attendue :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose a district to see its people.</source>
        <translation>Choisissez un secteur pour voir ses habitants.</translation>
    </message>
    <message numerus="yes">
        <source>People of %1 (%Ln voters)</source>
        <translation>
            <numerusform>Habitants de %1 (%Ln électeur)</numerusform>
            <numerusform>Habitants de %1 (%Ln électeurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a commune or a bureau to rename it or set its polling place.</source>
        <translation>Choisissez une commune ou un bureau pour le renommer ou indiquer son lieu de vote.</translation>
    </message>
    <message>
        <source>Streets and doors come from the voter file; only communes and bureaux are edited here.</source>
        <translation>Les rues et les portes viennent de la liste électorale ; seuls les communes et les bureaux se modifient ici.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>terrain::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>terrain::ExportJob</name>
    <message>
        <source>Exporting people…</source>
        <translation>Export des personnes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exporter les personnes</translation>
    </message>
</context>
<context>
    <name>terrain::HouseholdDialog</name>
    <message>
        <source>The door</source>
        <translation>La porte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Sans adresse</translation>
    </message>
    <message>
        <source>Do not visit</source>
        <translation>Ne pas visiter</translation>
    </message>
</context>
<context>
    <name>terrain::ImportField</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Code commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bureau / precinct number</source>
        <translation>Numéro de bureau</translation>
    </message>
    <message>
        <source>Bureau / precinct name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Number on the list</source>
        <translation>Numéro d’ordre</translation>
    </message>
    <message>
        <source>Voter id</source>
        <translation>Identifiant électeur</translation>
    </message>
    <message>
        <source>Last name (birth)</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address (one line)</source>
        <translation>Adresse (une ligne)</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro dans la voie</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Type de voie</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nom de la voie</translation>
    </message>
    <message>
        <source>Address complement 1</source>
        <translation>Complément d’adresse 1</translation>
    </message>
    <message>
        <source>Address complement 2</source>
        <translation>Complément d’adresse 2</translation>
    </message>
    <message>
        <source>Lieu-dit</source>
        <translation>Lieu-dit</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>terrain::ImportFilePage</name>
    <message>
        <source>Choose the voter file</source>
        <translation>Choisir la liste électorale</translation>
    </message>
    <message>
        <source>The electoral list from the town hall, a newer extract of it, or any table of people saved as CSV (separated by semicolons, commas or tabs).</source>
        <translation>La liste électorale remise par la mairie, un extrait plus récent, ou tout tableau de personnes enregistré en CSV (séparé par des points-virgules, des virgules ou des tabulations).</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Importing again a newer extract of the same list updates the people already known, adds the new ones and marks those who left the list, without losing what the campaign knows about them.</source>
        <translation>Importer à nouveau un extrait plus récent de la même liste met à jour les personnes déjà connues, ajoute les nouvelles et signale celles qui ont quitté la liste, sans perdre ce que la campagne sait d’elles.</translation>
    </message>
    <message>
        <source>Voter files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes électorales (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>terrain::ImportFormatPage</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Comment le fichier est écrit</translation>
    </message>
    <message>
        <source>Terrain has read the start of the file. Change what looks wrong: accents shown as odd characters mean another encoding.</source>
        <translation>Terrain a lu le début du fichier. Corrigez ce qui semble faux : des accents affichés en caractères bizarres indiquent un autre encodage.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (enregistré)</translation>
    </message>
    <message>
        <source>Plain ASCII so far: read as UTF-8</source>
        <translation>Uniquement de l’ASCII pour l’instant : lu en UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln columns recognised by this profile.</source>
        <translation>
            <numerusform>%1 colonne sur %Ln reconnue par ce profil.</numerusform>
            <numerusform>%1 colonnes sur %Ln reconnues par ce profil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of Terrain, or is ignored. Place and country of birth and nationality are never kept.</source>
        <translation>Chaque colonne du fichier va dans un champ de Terrain, ou est ignorée. Le lieu et le pays de naissance et la nationalité ne sont jamais conservés.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Enregistrée comme</translation>
    </message>
    <message>
        <source>&amp;Save as a profile…</source>
        <translation>Enregi&amp;strer comme profil…</translation>
    </message>
    <message>
        <source>Next time, a file with these columns maps the same way by itself</source>
        <translation>La prochaine fois, un fichier avec ces colonnes se lira de la même façon tout seul</translation>
    </message>
    <message>
        <source>Ready: the next page shows the first rows as they will be stored.</source>
        <translation>Prêt : la page suivante montre les premières lignes telles qu’elles seront enregistrées.</translation>
    </message>
    <message>
        <source>Save as a profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Saved as the profile “%1”.</source>
        <translation>Enregistré comme profil « %1 ».</translation>
    </message>
</context>
<context>
    <name>terrain::ImportPreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <translation>Vérifier les premières lignes</translation>
    </message>
    <message>
        <source>This is how they will be stored. Rows in red will not be imported: the reason is given, and they will be written to a file you can correct.</source>
        <translation>Voici comment elles seront enregistrées. Les lignes en rouge ne seront pas importées : la raison est indiquée, et elles seront écrites dans un fichier que vous pourrez corriger.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>People of these communes who are not in this file have left the list (a full, newer extract)</source>
        <translation>Les personnes de ces communes absentes de ce fichier ont quitté la liste (extrait complet et plus récent)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows of the file:</source>
        <translation>
            <numerusform>La première ligne du fichier :</numerusform>
            <numerusform>Les %Ln premières lignes du fichier :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will not be imported.</source>
        <translation>
            <numerusform>%Ln ne sera pas importée.</numerusform>
            <numerusform>%Ln ne seront pas importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>all can be imported.</source>
        <translation>toutes peuvent être importées.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>terrain::ImportProfile</name>
    <message>
        <source>The saved profile names an unknown field.</source>
        <translation>Le profil enregistré désigne un champ inconnu.</translation>
    </message>
    <message>
        <source>France: liste électorale</source>
        <translation>France : liste électorale</translation>
    </message>
    <message>
        <source>France: extract with one address column</source>
        <translation>France : extrait avec une seule colonne d’adresse</translation>
    </message>
    <message>
        <source>Generic voter file</source>
        <translation>Fichier électoral générique</translation>
    </message>
</context>
<context>
    <name>terrain::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>You can cancel: the campaign then stays exactly as it was.</source>
        <translation>Vous pouvez annuler : la campagne reste alors exactement comme avant.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 rows read · %2 rows a second · %3 %</source>
        <translation>%1 lignes lues · %2 lignes par seconde · %3 %</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>L’import a échoué et rien n’a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>terrain::ImportReportPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>&amp;Open the file of rejected rows</source>
        <translation>&amp;Ouvrir le fichier des lignes rejetées</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Personnes ajoutées</translation>
    </message>
    <message>
        <source>People updated</source>
        <translation>Personnes mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>No longer on the list</source>
        <translation>Plus sur la liste</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Values kept but flagged (phones, emails)</source>
        <translation>Valeurs gardées mais signalées (téléphones, e-mails)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Done in %1 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Terminé en %1 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1. Correct them and import that file again.

%2</source>
        <translation>Les lignes rejetées, avec la raison de chacune, sont dans %1. Corrigez-les et importez ce fichier à nouveau.

%2</translation>
    </message>
</context>
<context>
    <name>terrain::ImportSession</name>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation>L’import n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>terrain::ImportWizard</name>
    <message>
        <source>Import a voter file</source>
        <translation>Importer une liste électorale</translation>
    </message>
</context>
<context>
    <name>terrain::Importer</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>The campaign is busy with another task; try the import again in a moment.</source>
        <translation>La campagne est occupée par une autre tâche ; relancez l’import dans un instant.</translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2.</source>
        <translation>Ligne %1 : la même personne qu’à la ligne %2.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The import failed: nothing was changed.</source>
        <translation>L’import a échoué : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>terrain::Labels</name>
    <message>
        <source>Strong support</source>
        <translation>Soutien fort</translation>
    </message>
    <message>
        <source>Leaning support</source>
        <translation>Plutôt favorable</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Leaning against</source>
        <translation>Plutôt opposé</translation>
    </message>
    <message>
        <source>Strong against</source>
        <translation>Fermement opposé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Sur la liste</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déménagé</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Left the list</source>
        <translation>A quitté la liste</translation>
    </message>
    <message>
        <source>Door-to-door</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Canvassed</source>
        <translation>Rencontré</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>Barrière de la langue</translation>
    </message>
    <message>
        <source>Come back later</source>
        <translation>Repasser plus tard</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Numéro hors service</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Do not visit</source>
        <translation>Ne pas visiter</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>Pas de SMS</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Consentement téléphone</translation>
    </message>
    <message>
        <source>Phone consent source</source>
        <translation>Origine du consentement téléphone</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentement SMS</translation>
    </message>
    <message>
        <source>SMS consent source</source>
        <translation>Origine du consentement SMS</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <source>Email consent source</source>
        <translation>Origine du consentement e-mail</translation>
    </message>
    <message>
        <source>Marked bad</source>
        <translation>Marqué invalide</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Numéro non valide</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
</context>
<context>
    <name>terrain::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Open campaign…</source>
        <translation>&amp;Ouvrir une campagne…</translation>
    </message>
    <message>
        <source>&amp;Recent campaigns</source>
        <translation>Campagnes &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Import a voter file…</source>
        <translation>&amp;Importer une liste électorale…</translation>
    </message>
    <message>
        <source>&amp;Export people…</source>
        <translation>&amp;Exporter les personnes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Chercher une personne</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Terrain</source>
        <translation>&amp;À propos de Terrain</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n’est ouverte.</translation>
    </message>
    <message>
        <source>Open a campaign…</source>
        <translation>Ouvrir une campagne…</translation>
    </message>
    <message>
        <source>Create a new campaign…</source>
        <translation>Créer une nouvelle campagne…</translation>
    </message>
    <message>
        <source>Try the demo campaign</source>
        <translation>Essayer la campagne de démonstration</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Ouvrir une campagne</translation>
    </message>
    <message>
        <source>The campaign file %1 does not exist.</source>
        <translation>Le fichier de campagne %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the campaign %1.

%2</source>
        <translation>Impossible d’ouvrir la campagne %1.

%2</translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation>Campagne de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln households</source>
        <translation>
            <numerusform>%Ln foyer</numerusform>
            <numerusform>%Ln foyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a phone</source>
        <translation>
            <numerusform>%Ln avec téléphone</numerusform>
            <numerusform>%Ln avec téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supporters</source>
        <translation>
            <numerusform>%Ln soutien</numerusform>
            <numerusform>%Ln soutiens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Terrain</source>
        <translation>%1 — Terrain</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>No recent campaign</source>
        <translation>Aucune campagne récente</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Terrain campaigns (*.terrain)</source>
        <translation>Campagnes Terrain (*.terrain)</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it with Open campaign.</source>
        <translation>Le fichier %1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Ouvrir une campagne.</translation>
    </message>
    <message>
        <source>Terrain campaigns (*.terrain);;All files (*)</source>
        <translation>Campagnes Terrain (*.terrain);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exporter les personnes</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV pour Excel (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to %1</source>
        <translation>
            <numerusform>%Ln personne exportée vers %1</numerusform>
            <numerusform>%Ln personnes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The new language will be used the next time Terrain starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Terrain.</translation>
    </message>
    <message>
        <source>About Terrain</source>
        <translation>À propos de Terrain</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Terrain %1&lt;/h3&gt;&lt;p&gt;Voter file, door-to-door, phone bank and election day for local campaign teams.&lt;/p&gt;&lt;p&gt;Works without a connection: every laptop keeps its own copy of the campaign.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Terrain %1&lt;/h3&gt;&lt;p&gt;Fichier électoral, porte-à-porte, phoning et jour du vote pour les équipes de campagne locales.&lt;/p&gt;&lt;p&gt;Fonctionne sans connexion : chaque ordinateur garde sa propre copie de la campagne.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>terrain::MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>No. on the list</source>
        <translation>N° d’ordre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Fusionner deux fiches d’une même personne</translation>
    </message>
    <message>
        <source>The record kept takes what the other one knows and the other one is deleted. This cannot be undone.</source>
        <translation>La fiche gardée reprend ce que l’autre contient, puis l’autre est supprimée. Cette opération est définitive.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Garder l’autre</translation>
    </message>
</context>
<context>
    <name>terrain::MoveHouseholdDialog</name>
    <message>
        <source>Move to another household</source>
        <translation>Rattacher à un autre foyer</translation>
    </message>
    <message>
        <source>%1 will live with the person you choose (same address and unit).</source>
        <translation>%1 vivra avec la personne choisie (même adresse et même logement).</translation>
    </message>
    <message>
        <source>Name, address or phone of someone in that household</source>
        <translation>Nom, adresse ou téléphone d’une personne de ce foyer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 has no household: choose someone with an address.</source>
        <translation>%1 n’a pas de foyer : choisissez quelqu’un qui a une adresse.</translation>
    </message>
    <message>
        <source>Household of %1: %2</source>
        <translation>Foyer de %1 : %2</translation>
    </message>
</context>
<context>
    <name>terrain::PeopleModel</name>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Floor, apartment: what tells the households of one building apart</source>
        <translation>Étage, appartement : ce qui distingue les foyers d’un même immeuble</translation>
    </message>
</context>
<context>
    <name>terrain::PeoplePage</name>
    <message>
        <source>Search a name, an address or a phone (Ctrl+F)</source>
        <translation>Chercher un nom, une adresse ou un téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Someone not on the electoral list (Ctrl+N)</source>
        <translation>Quelqu’un qui n’est pas sur la liste électorale (Ctrl+N)</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Fusionner des doublons…</translation>
    </message>
    <message>
        <source>Select the two records of one person in the table (Ctrl+click)</source>
        <translation>Sélectionnez les deux fiches d’une même personne dans le tableau (Ctrl+clic)</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Commune or bureau</source>
        <translation>Commune ou bureau</translation>
    </message>
    <message>
        <source>Any support</source>
        <translation>Tout soutien</translation>
    </message>
    <message>
        <source>Supporters (1–2)</source>
        <translation>Soutiens (1–2)</translation>
    </message>
    <message>
        <source>Support unknown</source>
        <translation>Soutien inconnu</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Sur la liste</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>“On the list”: everyone except those who left the electoral list</source>
        <translation>« Sur la liste » : tout le monde sauf ceux qui ont quitté la liste électorale</translation>
    </message>
    <message>
        <source>Phone: any</source>
        <translation>Téléphone : indifférent</translation>
    </message>
    <message>
        <source>With a phone</source>
        <translation>Avec téléphone</translation>
    </message>
    <message>
        <source>Without a phone</source>
        <translation>Sans téléphone</translation>
    </message>
    <message>
        <source>Email: any</source>
        <translation>E-mail : indifférent</translation>
    </message>
    <message>
        <source>With an email</source>
        <translation>Avec e-mail</translation>
    </message>
    <message>
        <source>Without an email</source>
        <translation>Sans e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Bureau %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté(e).</translation>
    </message>
    <message>
        <source>Select the two records of one person in the table (Ctrl+click), then Merge.</source>
        <translation>Sélectionnez les deux fiches d’une même personne dans le tableau (Ctrl+clic), puis Fusionner.</translation>
    </message>
    <message>
        <source>The two records are merged.</source>
        <translation>Les deux fiches sont fusionnées.</translation>
    </message>
    <message>
        <source>Move %1 to another household</source>
        <translation>Rattacher %1 à un autre foyer</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
</context>
<context>
    <name>terrain::PeopleQuery</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>Ligne introuvable.</translation>
    </message>
</context>
<context>
    <name>terrain::PeopleSearch</name>
    <message>
        <source>Search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
</context>
<context>
    <name>terrain::PersonPanel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Choose someone in the table to see everything about them here.</source>
        <translation>Choisissez quelqu’un dans le tableau pour voir ici tout ce qui le concerne.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation>Nom de naissance :</translation>
    </message>
    <message>
        <source>Usage name:</source>
        <translation>Nom d’usage :</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>Prénoms :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Soutien :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>birth name</source>
        <translation>le nom de naissance</translation>
    </message>
    <message>
        <source>usage name</source>
        <translation>le nom d’usage</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>les prénoms</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>le sexe</translation>
    </message>
    <message>
        <source>support</source>
        <translation>le soutien</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>Address and household</source>
        <translation>Adresse et foyer</translation>
    </message>
    <message>
        <source>Lives with:</source>
        <translation>Vit avec :</translation>
    </message>
    <message>
        <source>Double-click to open this person</source>
        <translation>Double-cliquez pour ouvrir cette personne</translation>
    </message>
    <message>
        <source>The whole door…</source>
        <translation>Toute la porte…</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>Rattacher à un autre foyer…</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Téléphones et e-mails</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark bad</source>
        <translation>Marquer invalide</translation>
    </message>
    <message>
        <source>A wrong or disconnected number is never dialled again</source>
        <translation>Un numéro faux ou hors service n’est plus jamais appelé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Mark good</source>
        <translation>Marquer valide</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New tag, then Enter</source>
        <translation>Nouvelle étiquette, puis Entrée</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Contact preferences</source>
        <translation>Préférences de contact</translation>
    </message>
    <message>
        <source>Do not contact by:</source>
        <translation>Ne pas contacter par :</translation>
    </message>
    <message>
        <source>do not contact (%1)</source>
        <translation>ne pas contacter (%1)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Historique des contacts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>bureau %1</source>
        <translation>bureau %1</translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation>n° %1 sur la liste</translation>
    </message>
    <message>
        <source>not on the electoral list</source>
        <translation>pas sur la liste électorale</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Sans adresse</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else</source>
        <translation>Personne d’autre</translation>
    </message>
    <message>
        <source>Marked bad: never dialled</source>
        <translation>Marqué invalide : jamais appelé</translation>
    </message>
    <message>
        <source>Marked bad: never written to</source>
        <translation>Marqué invalide : jamais utilisé</translation>
    </message>
    <message>
        <source>Not a valid address</source>
        <translation>Adresse non valide</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <source>Given on %1 (%2)</source>
        <translation>Donné le %1 (%2)</translation>
    </message>
    <message>
        <source>Change the %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Phone number of %1:</source>
        <translation>Numéro de téléphone de %1 :</translation>
    </message>
    <message>
        <source>Add a phone to %1</source>
        <translation>Ajouter un téléphone à %1</translation>
    </message>
    <message>
        <source>Edit a phone</source>
        <translation>Modifier un téléphone</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Numéro de téléphone :</translation>
    </message>
    <message>
        <source>Change a phone of %1</source>
        <translation>Modifier un téléphone de %1</translation>
    </message>
    <message>
        <source>Mark a phone of %1 good</source>
        <translation>Marquer valide un téléphone de %1</translation>
    </message>
    <message>
        <source>Mark a phone of %1 bad</source>
        <translation>Marquer invalide un téléphone de %1</translation>
    </message>
    <message>
        <source>Remove a phone of %1</source>
        <translation>Retirer un téléphone de %1</translation>
    </message>
    <message>
        <source>Add an email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Email address of %1:</source>
        <translation>Adresse e-mail de %1 :</translation>
    </message>
    <message>
        <source>Add an email to %1</source>
        <translation>Ajouter un e-mail à %1</translation>
    </message>
    <message>
        <source>Edit an email</source>
        <translation>Modifier un e-mail</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Change an email of %1</source>
        <translation>Modifier un e-mail de %1</translation>
    </message>
    <message>
        <source>Mark an email of %1 good</source>
        <translation>Marquer valide un e-mail de %1</translation>
    </message>
    <message>
        <source>Mark an email of %1 bad</source>
        <translation>Marquer invalide un e-mail de %1</translation>
    </message>
    <message>
        <source>Remove an email of %1</source>
        <translation>Retirer un e-mail de %1</translation>
    </message>
    <message>
        <source>Tag %1 “%2”</source>
        <translation>Étiqueter %1 « %2 »</translation>
    </message>
    <message>
        <source>Untag %1 “%2”</source>
        <translation>Retirer l’étiquette « %2 » de %1</translation>
    </message>
    <message>
        <source>Record consent (%1)</source>
        <translation>Enregistrer le consentement (%1)</translation>
    </message>
    <message>
        <source>How did %1 give their consent? (a form at the market, an email…)</source>
        <translation>Comment %1 a-t-il donné son consentement ? (un formulaire au marché, un e-mail…)</translation>
    </message>
    <message>
        <source>Record the consent (%1) of %2</source>
        <translation>Enregistrer le consentement (%1) de %2</translation>
    </message>
    <message>
        <source>Withdraw the consent (%1) of %2</source>
        <translation>Retirer le consentement (%1) de %2</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-mails :</translation>
    </message>
    <message>
        <source>Double-click a tag to list everyone who carries it</source>
        <translation>Double-cliquez sur une étiquette pour lister tous ceux qui la portent</translation>
    </message>
</context>
<context>
    <name>terrain::PersonService</name>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation>La personne n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>This change cannot be undone.</source>
        <translation>Cette modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>The last name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid sex (M or F).</source>
        <translation>« %1 » n’est pas un sexe valide (M ou F).</translation>
    </message>
    <message>
        <source>“%1” is not a valid date (DD/MM/YYYY).</source>
        <translation>« %1 » n’est pas une date valide (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>The support level must be between 1 and 5.</source>
        <translation>Le niveau de soutien doit être entre 1 et 5.</translation>
    </message>
    <message>
        <source>“%1” is not a valid status.</source>
        <translation>« %1 » n’est pas un statut valide.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>Ce foyer n’existe plus.</translation>
    </message>
    <message>
        <source>The consent time is not valid.</source>
        <translation>La date du consentement n’est pas valide.</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>Ce champ ne se modifie pas ici.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>This person already has this phone number.</source>
        <translation>Cette personne a déjà ce numéro de téléphone.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>This person already has this email address.</source>
        <translation>Cette personne a déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation>Le nom de l’étiquette est vide.</translation>
    </message>
    <message>
        <source>This tag cannot be given again.</source>
        <translation>Cette étiquette ne peut pas être donnée à nouveau.</translation>
    </message>
    <message>
        <source>This district no longer exists.</source>
        <translation>Ce secteur n’existe plus.</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>Les étiquettes n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>terrain::ProfileStore</name>
    <message>
        <source>No import profile has this name.</source>
        <translation>Aucun profil d’import ne porte ce nom.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
</context>
<context>
    <name>terrain::Repository</name>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
</context>
<context>
    <name>terrain::RowNormalizer</name>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation>Ligne %1 : %2 champs alors que l’en-tête en a %3.</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>the last name is empty.</source>
        <translation>le nom est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a sex (M or F).</source>
        <translation>« %1 » n’est pas un sexe (M ou F).</translation>
    </message>
    <message>
        <source>“%1” is not a valid date (%2).</source>
        <translation>« %1 » n’est pas une date valide (%2).</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/JJ/AAAA</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Apt</source>
        <translation>Apt</translation>
    </message>
    <message>
        <source>line %1: phone “%2” is not valid; kept as typed</source>
        <translation>ligne %1 : le téléphone « %2 » n’est pas valide ; gardé tel quel</translation>
    </message>
    <message>
        <source>line %1: email “%2” is not valid; kept as typed</source>
        <translation>ligne %1 : l’e-mail « %2 » n’est pas valide ; gardé tel quel</translation>
    </message>
    <message>
        <source>Line %1: nothing identifies this person (no number on the list, voter id, birth date, email or phone).</source>
        <translation>Ligne %1 : rien n’identifie cette personne (ni numéro d’ordre, ni identifiant électeur, ni date de naissance, ni e-mail, ni téléphone).</translation>
    </message>
</context>
<context>
    <name>terrain::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Région &amp;téléphonique par défaut :</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read in this region.</source>
        <translation>Les numéros écrits sans indicatif de pays sont lus dans cette région.</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nom de la campagne :</translation>
    </message>
</context>
<context>
    <name>terrain::TableWriter</name>
    <message>
        <source>The header must be written once, before any row.</source>
        <translation>L’en-tête s’écrit une seule fois, avant toute ligne.</translation>
    </message>
    <message>
        <source>An export needs at least one column.</source>
        <translation>Un export doit avoir au moins une colonne.</translation>
    </message>
    <message>
        <source>A row does not match the columns of the export.</source>
        <translation>Une ligne ne correspond pas aux colonnes de l’export.</translation>
    </message>
    <message>
        <source>This export is already finished or was cancelled.</source>
        <translation>Cet export est déjà terminé ou a été annulé.</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Aucun nom de fichier n’a été donné pour l’export.</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: it is a folder.</source>
        <translation>Impossible d’exporter vers « %1 » : c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>Impossible d’exporter vers « %1 » : le dossier « %2 » n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the folder may be read-only or the disk full.</source>
        <translation>Impossible de créer « %1 » : le dossier est peut-être en lecture seule ou le disque plein.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed; nothing was saved.</source>
        <translation>L’écriture de « %1 » a échoué ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;; an existing file of that name was left as it was.</source>
        <translation>Impossible d’enregistrer « %1 » ; le fichier existant de ce nom est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>terrain::XlsxTableWriter</name>
    <message>
        <source>Cannot start the spreadsheet &quot;%1&quot;: no room for temporary files in &quot;%2&quot;.</source>
        <translation>Impossible de commencer le classeur « %1 » : pas de place pour les fichiers temporaires dans « %2 ».</translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 rows. Export to CSV instead, or export fewer people.</source>
        <translation>Un classeur contient au plus %1 lignes. Exportez plutôt en CSV, ou exportez moins de personnes.</translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 columns.</source>
        <translation>Un classeur contient au plus %1 colonnes.</translation>
    </message>
    <message>
        <source>A value is longer than the %1 characters a spreadsheet cell can hold (row %2, column %3). Export to CSV instead.</source>
        <translation>Une valeur dépasse les %1 caractères qu’une cellule de classeur peut contenir (ligne %2, colonne %3). Exportez plutôt en CSV.</translation>
    </message>
</context>
<context>
    <name>terrain::cli</name>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>Le nom de la campagne.</translation>
    </message>
    <message>
        <source>Creates an empty campaign file (or upgrades an existing one).</source>
        <translation>Crée un fichier de campagne vide (ou met à jour un fichier existant).</translation>
    </message>
    <message>
        <source>Campaign ready: %1</source>
        <translation>Campagne prête : %1</translation>
    </message>
    <message>
        <source>Campaign created: %1</source>
        <translation>Campagne créée : %1</translation>
    </message>
    <message>
        <source>How many voters (default 20000).</source>
        <translation>Combien d’électeurs (20000 par défaut).</translation>
    </message>
    <message>
        <source>How many bureaux (default: one per 1000 voters, at least 1).</source>
        <translation>Combien de bureaux (par défaut : un pour 1000 électeurs, au moins 1).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Graine du générateur (1 par défaut).</translation>
    </message>
    <message>
        <source>Only the electoral list: no campaign history.</source>
        <translation>Seulement la liste électorale : pas d’historique de campagne.</translation>
    </message>
    <message>
        <source>Fills a new campaign with a generated, plausible French commune.</source>
        <translation>Remplit une nouvelle campagne avec une commune française générée et vraisemblable.</translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 10000000.</source>
        <translation>--voters attend un nombre de 1 à 10000000.</translation>
    </message>
    <message>
        <source>--bureaux takes a positive number.</source>
        <translation>--bureaux attend un nombre positif.</translation>
    </message>
    <message>
        <source>--seed takes a number.</source>
        <translation>--seed attend un nombre.</translation>
    </message>
    <message>
        <source>The campaign already holds people: the demo goes into a new campaign.</source>
        <translation>La campagne contient déjà des personnes : la démonstration va dans une nouvelle campagne.</translation>
    </message>
    <message>
        <source>Demo campaign “%1”: %2 voters in %3 bureaux (%4 s).</source>
        <translation>Campagne de démonstration « %1 » : %2 électeurs dans %3 bureaux (%4 s).</translation>
    </message>
    <message>
        <source>Prints the campaign&apos;s figures.</source>
        <translation>Affiche les chiffres de la campagne.</translation>
    </message>
    <message>
        <source>Campaign:        %1</source>
        <translation>Campagne :          %1</translation>
    </message>
    <message>
        <source>File:            %1</source>
        <translation>Fichier :           %1</translation>
    </message>
    <message>
        <source>People:          %1 (active %2, left the list %3, moved %4, deceased %5)</source>
        <translation>Personnes :         %1 (actives %2, sorties de la liste %3, déménagées %4, décédées %5)</translation>
    </message>
    <message>
        <source>Households:      %1</source>
        <translation>Foyers :            %1</translation>
    </message>
    <message>
        <source>Addresses:       %1 in %2 streets</source>
        <translation>Adresses :          %1 dans %2 rues</translation>
    </message>
    <message>
        <source>Districts:       %1 communes, %2 bureaux</source>
        <translation>Secteurs :          %1 communes, %2 bureaux</translation>
    </message>
    <message>
        <source>With a phone:    %1</source>
        <translation>Avec téléphone :    %1</translation>
    </message>
    <message>
        <source>With an email:   %1</source>
        <translation>Avec e-mail :       %1</translation>
    </message>
    <message>
        <source>Supporters:      %1</source>
        <translation>Soutiens :          %1</translation>
    </message>
    <message>
        <source>Imports:         %1</source>
        <translation>Imports :           %1</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Modifications à envoyer : %1</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>Au plus ce nombre de résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>Finds people by name, address or phone (accents and case ignored, words as prefixes).</source>
        <translation>Cherche des personnes par nom, adresse ou téléphone (accents et majuscules ignorés, mots pris comme débuts de mots).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Ce qu’il faut chercher.</translation>
    </message>
    <message>
        <source>Say what to look for.</source>
        <translation>Indiquez ce qu’il faut chercher.</translation>
    </message>
    <message>
        <source>excel-fr (;, BOM, CRLF; the default), csv (standard) or xlsx.</source>
        <translation>excel-fr (; , BOM, CRLF ; par défaut), csv (standard) ou xlsx.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Also export people who left the list.</source>
        <translation>Exporter aussi les personnes qui ont quitté la liste.</translation>
    </message>
    <message>
        <source>Exports the campaign&apos;s people. Cells that a spreadsheet would run as a formula are neutralised. Every export is logged.</source>
        <translation>Exporte les personnes de la campagne. Les cellules qu’un tableur exécuterait comme formule sont neutralisées. Chaque export est journalisé.</translation>
    </message>
    <message>
        <source>Name the file to write with --output.</source>
        <translation>Indiquez le fichier à écrire avec --output.</translation>
    </message>
    <message>
        <source>%1 / %2 rows</source>
        <translation>%1 / %2 lignes</translation>
    </message>
    <message>
        <source>%1 people exported to %2</source>
        <translation>%1 personnes exportées vers %2</translation>
    </message>
    <message>
        <source>Create an empty campaign</source>
        <translation>Créer une campagne vide</translation>
    </message>
    <message>
        <source>Create a demo campaign</source>
        <translation>Créer une campagne de démonstration</translation>
    </message>
    <message>
        <source>Show the campaign&apos;s figures</source>
        <translation>Afficher les chiffres de la campagne</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <source>Export people to CSV or XLSX</source>
        <translation>Exporter les personnes en CSV ou XLSX</translation>
    </message>
    <message>
        <source>The campaign file (default: %1).</source>
        <translation>Le fichier de campagne (par défaut : %1).</translation>
    </message>
    <message>
        <source>Try &apos;terrain-cli %1 --help&apos;.</source>
        <translation>Essayez « terrain-cli %1 --help ».</translation>
    </message>
    <message>
        <source>Force the file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1252.</source>
        <translation>Imposer l’encodage du fichier : utf-8, utf-16le, utf-16be, windows-1252.</translation>
    </message>
    <message>
        <source>The import profile (id or name; see &apos;terrain-cli profiles&apos;).</source>
        <translation>Le profil d’import (identifiant ou nom ; voir « terrain-cli profiles »).</translation>
    </message>
    <message>
        <source>Map a column (header or number) to a field, e.g. --map &quot;Tel=phone&quot;. Repeatable.</source>
        <translation>Associer une colonne (en-tête ou numéro) à un champ, p. ex. --map &quot;Tel=phone&quot;. Répétable.</translation>
    </message>
    <message>
        <source>Name one file to read.</source>
        <translation>Indiquez un fichier à lire.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;.</source>
        <translation>Encodage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Print the parsed records as one JSON array of arrays of strings (header included), nothing mapped.</source>
        <translation>Afficher les enregistrements lus comme un tableau JSON de tableaux de chaînes (en-tête compris), sans correspondance.</translation>
    </message>
    <message>
        <source>How many rows to show (default 5).</source>
        <translation>Combien de lignes montrer (5 par défaut).</translation>
    </message>
    <message>
        <source>Shows how a voter file would be read and mapped, without importing it.</source>
        <translation>Montre comment une liste électorale serait lue et associée, sans l’importer.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Le fichier à lire.</translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation>Fichier :     %1</translation>
    </message>
    <message>
        <source>Encoding:  %1%2</source>
        <translation>Encodage :    %1%2</translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation> (avec BOM)</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Séparateur :  %1</translation>
    </message>
    <message>
        <source>Profile:   %1 (%2 of %3 columns recognised)</source>
        <translation>Profil :      %1 (%2 colonnes reconnues sur %3)</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Correspondance :</translation>
    </message>
    <message>
        <source>First rows as they will be stored:</source>
        <translation>Premières lignes telles qu’elles seront enregistrées :</translation>
    </message>
    <message>
        <source>REJECTED: %1</source>
        <translation>REJETÉE : %1</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation> (né(e) le %1)</translation>
    </message>
    <message>
        <source>Lists the import profiles: built-in ones and those saved in the campaign.</source>
        <translation>Liste les profils d’import : ceux fournis et ceux enregistrés dans la campagne.</translation>
    </message>
    <message>
        <source>Built-in profiles:</source>
        <translation>Profils fournis :</translation>
    </message>
    <message>
        <source>Saved in the campaign:</source>
        <translation>Enregistrés dans la campagne :</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>Fields a column can map to:</source>
        <translation>Champs auxquels une colonne peut correspondre :</translation>
    </message>
    <message>
        <source>Read and check everything, report, and change nothing.</source>
        <translation>Tout lire et vérifier, faire le bilan, et ne rien modifier.</translation>
    </message>
    <message>
        <source>Where to write the rows not imported (default: beside the campaign, in rejects/).</source>
        <translation>Où écrire les lignes non importées (par défaut : à côté de la campagne, dans rejects/).</translation>
    </message>
    <message>
        <source>Default phone region (default FR).</source>
        <translation>Région téléphonique par défaut (FR par défaut).</translation>
    </message>
    <message>
        <source>The file is not the full list: do not mark absent people as having left the list.</source>
        <translation>Le fichier n’est pas la liste complète : ne pas marquer les absents comme sortis de la liste.</translation>
    </message>
    <message>
        <source>Save the mapping used as a profile of this name.</source>
        <translation>Enregistrer la correspondance utilisée comme profil de ce nom.</translation>
    </message>
    <message>
        <source>Imports a voter file (electoral list, voter file, supporters...) into the campaign. All or nothing: on error or Ctrl+C, nothing changes.</source>
        <translation>Importe un fichier de personnes (liste électorale, fichier d’électeurs, sympathisants…) dans la campagne. Tout ou rien : en cas d’erreur ou de Ctrl+C, rien ne change.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Profile: %1 (%2 of %3 columns recognised)</source>
        <translation>Profil : %1 (%2 colonnes reconnues sur %3)</translation>
    </message>
    <message>
        <source>%1% - %2 rows - %3 rows/s</source>
        <translation>%1 % - %2 lignes - %3 lignes/s</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Essai à blanc : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Rows read:  %1</source>
        <translation>Lignes lues :   %1</translation>
    </message>
    <message>
        <source>Added:      %1</source>
        <translation>Ajoutées :      %1</translation>
    </message>
    <message>
        <source>Updated:    %1</source>
        <translation>Mises à jour :  %1</translation>
    </message>
    <message>
        <source>Unchanged:  %1</source>
        <translation>Inchangées :    %1</translation>
    </message>
    <message>
        <source>Left list:  %1</source>
        <translation>Sorties :       %1</translation>
    </message>
    <message>
        <source>Rejected:   %1 (of which duplicates: %2)</source>
        <translation>Rejetées :      %1 (dont doublons : %2)</translation>
    </message>
    <message>
        <source>Warnings:   %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Time:       %1 s</source>
        <translation>Durée :         %1 s</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Lignes rejetées : %1</translation>
    </message>
    <message>
        <source>Show how a file would be read and mapped</source>
        <translation>Montrer comment un fichier serait lu et associé</translation>
    </message>
    <message>
        <source>List import profiles and fields</source>
        <translation>Lister les profils d’import et les champs</translation>
    </message>
    <message>
        <source>Import a voter file</source>
        <translation>Importer une liste électorale</translation>
    </message>
    <message>
        <source>Usage: terrain-cli COMMAND [options]

Terrain&apos;s campaign database from the command line.

Commands:
</source>
        <translation>Utilisation : terrain-cli COMMANDE [options]

La base de données de la campagne Terrain en ligne de commande.

Commandes :
</translation>
    </message>
    <message>
        <source>
&apos;terrain-cli COMMAND --help&apos; describes a command.
</source>
        <translation>
« terrain-cli COMMANDE --help » décrit une commande.
</translation>
    </message>
    <message>
        <source>terrain-cli: unknown command &apos;%1&apos;.

</source>
        <translation>terrain-cli : commande inconnue « %1 ».

</translation>
    </message>
</context>
<context>
    <name>terrain::main</name>
    <message>
        <source>Terrain: campaign voter file.</source>
        <translation>Terrain : le fichier électoral de la campagne.</translation>
    </message>
    <message>
        <source>Open the campaign file PATH (created when missing).</source>
        <translation>Ouvrir le fichier de campagne CHEMIN (créé s’il manque).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Open a demo campaign (generated the first time, at PATH when --campaign is given).</source>
        <translation>Ouvrir une campagne de démonstration (créée la première fois, à CHEMIN si --campaign est donné).</translation>
    </message>
    <message>
        <source>A campaign file to open.</source>
        <translation>Un fichier de campagne à ouvrir.</translation>
    </message>
</context>
</TS>
