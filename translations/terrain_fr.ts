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
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
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
    <message>
        <source>Cannot read the contact history.</source>
        <translation>Impossible de lire l’historique des contacts.</translation>
    </message>
    <message>
        <source>The file is empty: %1</source>
        <translation>Le fichier est vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:1: the header must name the columns door, person, result and answers.</source>
        <translation>%1:1&#xa0;: l’en-tête doit nommer les colonnes door, person, result et answers.</translation>
    </message>
    <message>
        <source>“%1” is not a door of the list (1 to %2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une porte de la liste (1 à %2).</translation>
    </message>
    <message>
        <source>“%1” is not a person of door %2 (1 to %3).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une personne de la porte %2 (1 à %3).</translation>
    </message>
    <message>
        <source>door %1 is already stored.</source>
        <translation>la porte %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>door %1, person %2 is already on an earlier line.</source>
        <translation>la porte %1, personne %2, figure déjà sur une ligne précédente.</translation>
    </message>
    <message>
        <source>“%1” is not a result code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de résultat.</translation>
    </message>
    <message>
        <source>answers are digits (and “+”), not “%1”.</source>
        <translation>les réponses sont des chiffres (et «&#xa0;+&#xa0;»), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>neither a result nor answers.</source>
        <translation>ni résultat ni réponses.</translation>
    </message>
    <message>
        <source>Cannot read the call list.</source>
        <translation>Impossible de lire la liste d’appels.</translation>
    </message>
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
        <translation>Fortement opposé</translation>
    </message>
    <message>
        <source>Unknown channel “%1” (phone, sms or door).</source>
        <translation>Canal inconnu «&#xa0;%1&#xa0;» (phone, sms ou door).</translation>
    </message>
    <message>
        <source>The campaign file could not be read.</source>
        <translation>Impossible de lire le fichier de campagne.</translation>
    </message>
    <message>
        <source>Unknown proxy status “%1” (needed, requested, confirmed or cancelled).</source>
        <translation>Statut de procuration inconnu «&#xa0;%1&#xa0;» (needed, requested, confirmed ou cancelled).</translation>
    </message>
    <message>
        <source>Name a bureau.</source>
        <translation>Indiquez un bureau de vote.</translation>
    </message>
    <message>
        <source>There is no bureau “%1”.</source>
        <translation>Il n’y a pas de bureau de vote «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several communes have a bureau “%1”: name it as COMMUNE/BUREAU (%2).</source>
        <translation>Plusieurs communes ont un bureau de vote «&#xa0;%1&#xa0;»&#xa0;: indiquez-le sous la forme COMMUNE/BUREAU (%2).</translation>
    </message>
    <message>
        <source>Unknown source “%1” (phone, volunteer, delegate or signature-list).</source>
        <translation>Source inconnue «&#xa0;%1&#xa0;» (phone, volunteer, delegate ou signature-list).</translation>
    </message>
    <message>
        <source>Said so on the phone</source>
        <translation>Déclaré au téléphone</translation>
    </message>
    <message>
        <source>Delegate in the bureau</source>
        <translation>Délégué au bureau de vote</translation>
    </message>
    <message>
        <source>Signature list (after the vote)</source>
        <translation>Liste d’émargement (après le vote)</translation>
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
        <source>List %1 is a call list, not a walk list.</source>
        <translation>La liste %1 est une liste d’appels, pas une liste de porte-à-porte.</translation>
    </message>
    <message>
        <source>List %1 is a walk list, not a call list.</source>
        <translation>La liste %1 est une liste de porte-à-porte, pas une liste d’appels.</translation>
    </message>
    <message>
        <source>The lists could not be read.</source>
        <translation>Impossible de lire les listes.</translation>
    </message>
    <message>
        <source>No one to put on a list: the selection is empty.</source>
        <translation>Personne à mettre sur une liste&#xa0;: la sélection est vide.</translation>
    </message>
    <message>
        <source>“%1” takes a list of texts.</source>
        <translation>«&#xa0;%1&#xa0;» attend une liste de textes.</translation>
    </message>
    <message>
        <source>“%1” needs at least one value.</source>
        <translation>«&#xa0;%1&#xa0;» demande au moins une valeur.</translation>
    </message>
    <message>
        <source>“%1” takes a date written YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Segments cannot use “%1”: the law (CNIL) forbids targeting voters by place of birth, nationality or surname.</source>
        <translation>Les segments ne peuvent pas utiliser «&#xa0;%1&#xa0;»&#xa0;: la loi (CNIL) interdit de cibler les électeurs selon leur lieu de naissance, leur nationalité ou leur nom de famille.</translation>
    </message>
    <message>
        <source>Unknown segment condition “%1”.</source>
        <translation>Condition de segment inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” takes a list of conditions.</source>
        <translation>«&#xa0;%1&#xa0;» attend une liste de conditions.</translation>
    </message>
    <message>
        <source>“sex” takes “F” or “M”.</source>
        <translation>«&#xa0;sex&#xa0;» attend «&#xa0;F&#xa0;» ou «&#xa0;M&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown person status “%1” (active, moved, deceased, left).</source>
        <translation>Statut de personne inconnu «&#xa0;%1&#xa0;» (active, moved, deceased, left).</translation>
    </message>
    <message>
        <source>“%1” takes an election (its name or identifier).</source>
        <translation>«&#xa0;%1&#xa0;» attend une élection (son nom ou son identifiant).</translation>
    </message>
    <message>
        <source>“support” takes levels from 1 to 5, and 0 for unknown.</source>
        <translation>«&#xa0;support&#xa0;» attend des niveaux de 1 à 5, et 0 pour inconnu.</translation>
    </message>
    <message>
        <source>“age” takes {&quot;min&quot;: years, &quot;max&quot;: years}.</source>
        <translation>«&#xa0;age&#xa0;» attend {&quot;min&quot;: années, &quot;max&quot;: années}.</translation>
    </message>
    <message>
        <source>The minimum age is above the maximum.</source>
        <translation>L’âge minimum est supérieur à l’âge maximum.</translation>
    </message>
    <message>
        <source>“%1” takes true or false.</source>
        <translation>«&#xa0;%1&#xa0;» attend true ou false.</translation>
    </message>
    <message>
        <source>The segment could not be read.</source>
        <translation>Impossible de lire le segment.</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>impair</translation>
    </message>
    <message>
        <source>even</source>
        <translation>pair</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sans numéro</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Sans rue</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked for a while.</source>
        <translation>Trop d’échecs de connexion&#xa0;: le compte est verrouillé pour un moment.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The system keychain is not available: Terrain cannot remember the sign-in. You stay signed in until Terrain closes.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: Terrain ne peut pas mémoriser la connexion. Vous restez connecté jusqu’à la fermeture de Terrain.</translation>
    </message>
    <message>
        <source>Cannot read the call script.</source>
        <translation>Impossible de lire le script d’appel.</translation>
    </message>
    <message>
        <source>Cannot read the result codes.</source>
        <translation>Impossible de lire les codes de résultat.</translation>
    </message>
    <message>
        <source>Cannot write the campaign history.</source>
        <translation>Impossible d’écrire l’historique de la campagne.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation>Colonne inconnue «&#xa0;%1&#xa0;». Les colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Choisissez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;. Use none, phone, sms, email or door.</source>
        <translation>Canal inconnu «&#xa0;%1&#xa0;». Utilisez none, phone, sms, email ou door.</translation>
    </message>
    <message>
        <source>%1; channel: %2; format: %3; columns: %4</source>
        <translation>%1&#xa0;; canal&#xa0;: %2&#xa0;; format&#xa0;: %3&#xa0;; colonnes&#xa0;: %4</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot;</source>
        <translation>Segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>List %1 &quot;%2&quot;</source>
        <translation>Liste %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Everyone, including people who left the list</source>
        <translation>Tout le monde, y compris les personnes sorties de la liste</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>À établir</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Établie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Name a street.</source>
        <translation>Indiquez une rue.</translation>
    </message>
    <message>
        <source>There is no bureau with the code “%1”.</source>
        <translation>Il n’y a pas de bureau de vote avec le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no street or lieu-dit named “%1”.</source>
        <translation>Il n’y a pas de rue ni de lieu-dit nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No voter of “%1” votes in the bureaux given.</source>
        <translation>Aucun électeur de «&#xa0;%1&#xa0;» ne vote dans les bureaux de vote indiqués.</translation>
    </message>
    <message>
        <source>This change cannot be undone: the record was changed since (by a later edit or a sync).</source>
        <translation>Cette modification ne peut pas être annulée&#xa0;: la fiche a été modifiée depuis (par une modification ultérieure ou une synchronisation).</translation>
    </message>
    <message>
        <source>Bureau %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>%d:00</source>
        <translation>%dh</translation>
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
    <name>terrain::BureauFiguresModel</name>
    <message>
        <source>%1 voters at %2</source>
        <translation>%1 votants à %2</translation>
    </message>
    <message>
        <source>The official figure</source>
        <translation>Le chiffre officiel</translation>
    </message>
    <message>
        <source>People of the bureau in the campaign</source>
        <translation>Personnes du bureau de vote présentes dans la campagne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Sympathisants</translation>
    </message>
    <message>
        <source>To bring out</source>
        <translation>À mobiliser</translation>
    </message>
    <message>
        <source>Supporters still to bring out who vote through a proxy holder (remind the holder), and in brackets those whose procuration is still needed or requested</source>
        <translation>Sympathisants encore à mobiliser qui votent par procuration (relancez le mandataire), et entre parenthèses ceux dont la procuration reste à établir ou est demandée</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Registered voters: the official figure when entered, else the campaign&apos;s</source>
        <translation>Inscrits&#xa0;: le chiffre officiel s’il a été saisi, sinon celui de la campagne</translation>
    </message>
    <message>
        <source>Our supporters (support 1 or 2)</source>
        <translation>Nos sympathisants (soutien 1 ou 2)</translation>
    </message>
    <message>
        <source>Our supporters marked voted</source>
        <translation>Nos sympathisants pointés comme ayant voté</translation>
    </message>
    <message>
        <source>Official turnout: the latest figure of the day</source>
        <translation>Participation officielle&#xa0;: le dernier chiffre de la journée</translation>
    </message>
    <message>
        <source>Our supporters&apos; turnout</source>
        <translation>Participation de nos sympathisants</translation>
    </message>
    <message>
        <source>Official turnout minus the turnout expected at that time</source>
        <translation>Participation officielle moins la participation attendue à cette heure</translation>
    </message>
    <message>
        <source>Supporters not yet marked voted</source>
        <translation>Sympathisants pas encore pointés comme ayant voté</translation>
    </message>
    <message>
        <source>Of those, who vote through a proxy holder (+ procurations still to make)</source>
        <translation>Parmi eux, ceux qui votent par procuration (+ procurations restant à établir)</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Les nôtres</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>Par procuration</translation>
    </message>
</context>
<context>
    <name>terrain::BureauSettingsPanel</name>
    <message>
        <source>Type the official number of registered voters and the turnout you expect at the close (e.g. 62 %). Figures in grey come from the campaign: the people of the bureau, and the bureau&apos;s own expected turnout. Clear a figure to go back to them.</source>
        <translation>Saisissez le nombre officiel d’inscrits et la participation attendue à la clôture (ex. 62&#xa0;%). Les chiffres en gris viennent de la campagne&#xa0;: les personnes du bureau de vote, et la participation attendue propre au bureau. Effacez un chiffre pour y revenir.</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>People in the campaign</source>
        <translation>Personnes dans la campagne</translation>
    </message>
    <message>
        <source>Registered (official)</source>
        <translation>Inscrits (officiel)</translation>
    </message>
    <message>
        <source>Expected turnout</source>
        <translation>Participation attendue</translation>
    </message>
    <message>
        <source>Type the number of registered voters (e.g. 1 204), or clear the cell.</source>
        <translation>Saisissez le nombre d’inscrits (ex. 1&#xa0;204), ou effacez la cellule.</translation>
    </message>
    <message>
        <source>Type the turnout expected at the close as a percentage (e.g. 62 %), or clear the cell.</source>
        <translation>Saisissez la participation attendue à la clôture en pourcentage (ex. 62&#xa0;%), ou effacez la cellule.</translation>
    </message>
</context>
<context>
    <name>terrain::CallScripts</name>
    <message>
        <source>Hello {prenom} {nom}, I am a volunteer for the campaign and I am calling the voters of bureau {bureau}. Do you have a minute?

Have you decided how you will vote? You vote at {lieu_de_vote}.</source>
        <translation>Bonjour {prenom} {nom}, je suis bénévole pour la campagne et j’appelle les électeurs du bureau de vote {bureau}. Avez-vous une minute&#xa0;?

Avez-vous décidé de votre vote&#xa0;? Vous votez à {lieu_de_vote}.</translation>
    </message>
    <message>
        <source>The campaign&apos;s call script cannot be empty.</source>
        <translation>Le script d’appel de la campagne ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>This list is not in the campaign.</source>
        <translation>Cette liste ne fait pas partie de la campagne.</translation>
    </message>
</context>
<context>
    <name>terrain::CampaignDefaults</name>
    <message>
        <source>Cannot write the campaign&apos;s defaults.</source>
        <translation>Impossible d’écrire les réglages par défaut de la campagne.</translation>
    </message>
</context>
<context>
    <name>terrain::CanvassStats</name>
    <message>
        <source>%1: contact rate %2% on %3 doors (usually 10-30%).</source>
        <translation>%1&#xa0;: taux de contact de %2&#xa0;% sur %3 portes (en général 10 à 30&#xa0;%).</translation>
    </message>
    <message>
        <source>%1: %2% of the doors entered less than %3 s after the previous one.</source>
        <translation>%1&#xa0;: %2&#xa0;% des portes saisies moins de %3 s après la précédente.</translation>
    </message>
</context>
<context>
    <name>terrain::CanvassStatsModel</name>
    <message>
        <source>(outside lists)</source>
        <translation>(hors listes)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Doors knocked</source>
        <translation>Portes frappées</translation>
    </message>
    <message>
        <source>People called</source>
        <translation>Personnes appelées</translation>
    </message>
    <message>
        <source>Doors reached</source>
        <translation>Portes ouvertes</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Taux de contact</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes jointes</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Sympathisants</translation>
    </message>
</context>
<context>
    <name>terrain::ChaseList</name>
    <message>
        <source>Choose at least one bureau.</source>
        <translation>Choisissez au moins un bureau de vote.</translation>
    </message>
    <message>
        <source>The chase list could not be made.</source>
        <translation>Impossible de créer la liste de relance.</translation>
    </message>
</context>
<context>
    <name>terrain::ChasePanel</name>
    <message>
        <source>Chase</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Select one bureau or several, then press Ctrl+R: the supporters not yet marked voted who may be reached that way.</source>
        <translation>Sélectionnez un ou plusieurs bureaux, puis appuyez sur Ctrl+R&#xa0;: les sympathisants pas encore pointés comme votants, joignables par ce moyen.</translation>
    </message>
    <message>
        <source>Call list (phone bank)</source>
        <translation>Liste d’appels (phoning)</translation>
    </message>
    <message>
        <source>Walk lists by street</source>
        <translation>Listes de porte-à-porte par rue</translation>
    </message>
    <message>
        <source>SMS file (CSV)</source>
        <translation>Fichier SMS (CSV)</translation>
    </message>
    <message>
        <source>&amp;Print the lists…</source>
        <translation>&amp;Imprimer les listes…</translation>
    </message>
    <message>
        <source>Select one bureau or several in the dashboard first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs bureaux de vote dans le tableau de bord.</translation>
    </message>
    <message>
        <source>SMS file</source>
        <translation>Fichier SMS</translation>
    </message>
    <message>
        <source>chase-%1.csv</source>
        <translation>relance-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Chase %1 – bureau %2</source>
        <translation>Relance %1 – bureau %2</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telephone</translation>
    </message>
    <message>
        <source>last_name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first_names</source>
        <translation>prenoms</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>No one left to chase there: every supporter who can be reached that way is marked voted.</source>
        <translation>Plus personne à relancer ici&#xa0;: tous les sympathisants joignables de cette façon sont pointés comme ayant voté.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people written to %1.</source>
        <translation>
            <numerusform>%Ln personne inscrite dans %1.</numerusform>
            <numerusform>%Ln personnes inscrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to call: list %1, ready in the phone bank.</source>
        <translation>
            <numerusform>%Ln personne à appeler&#xa0;: liste %1, prête dans le phoning.</numerusform>
            <numerusform>%Ln personnes à appeler&#xa0;: liste %1, prête dans le phoning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to visit: walk list(s) %1.</source>
        <translation>
            <numerusform>%Ln personne à visiter&#xa0;: liste(s) de porte-à-porte %1.</numerusform>
            <numerusform>%Ln personnes à visiter&#xa0;: liste(s) de porte-à-porte %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the chase lists</source>
        <translation>Imprimer les listes de relance</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Imprimé dans %1.</translation>
    </message>
    <message>
        <source>&amp;Chase (Ctrl+R)</source>
        <translation>&amp;Relancer (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>terrain::ContactService</name>
    <message>
        <source>Unknown channel “%1” (door, phone, sms, email or event).</source>
        <translation>Canal inconnu «&#xa0;%1&#xa0;» (door, phone, sms, email ou event).</translation>
    </message>
    <message>
        <source>The support level is a number from 1 to 5.</source>
        <translation>Le niveau de soutien est un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>The support level is a number from 1 to 5, not %1.</source>
        <translation>Le niveau de soutien est un nombre de 1 à 5, pas %1.</translation>
    </message>
    <message>
        <source>Say the result of the contact, or the answers collected.</source>
        <translation>Indiquez le résultat du contact, ou les réponses recueillies.</translation>
    </message>
    <message>
        <source>“%1” is not a result code for %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de résultat pour %2.</translation>
    </message>
    <message>
        <source>This person is not in the campaign.</source>
        <translation>Cette personne ne fait pas partie de la campagne.</translation>
    </message>
    <message>
        <source>An attempt names a person or a door.</source>
        <translation>Une tentative désigne une personne ou une porte.</translation>
    </message>
    <message>
        <source>This door is not in the campaign.</source>
        <translation>Cette porte ne fait pas partie de la campagne.</translation>
    </message>
    <message>
        <source>“%1” is said of a person: name them.</source>
        <translation>«&#xa0;%1&#xa0;» concerne une personne&#xa0;: indiquez laquelle.</translation>
    </message>
    <message>
        <source>This phone number is not the person&apos;s.</source>
        <translation>Ce numéro de téléphone n’est pas celui de la personne.</translation>
    </message>
    <message>
        <source>“%1”: the person has no usable phone number.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la personne n’a pas de numéro de téléphone utilisable.</translation>
    </message>
    <message>
        <source>This list is not in the campaign.</source>
        <translation>Cette liste ne fait pas partie de la campagne.</translation>
    </message>
    <message>
        <source>Only a call back takes a date and time.</source>
        <translation>Seul un rappel prend une date et une heure.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
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
    <name>terrain::DashboardPanel</name>
    <message>
        <source>&amp;Import figures…</source>
        <translation>I&amp;mporter les chiffres…</translation>
    </message>
    <message>
        <source>A CSV file of rows: bureau code, time, number of voters</source>
        <translation>Un fichier CSV avec, par ligne&#xa0;: code du bureau, heure, nombre de votants</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Official turnout (voters so far)</source>
        <translation>Participation officielle (votants à ce stade)</translation>
    </message>
    <message>
        <source>Turnout through the day (dashed: expected)</source>
        <translation>Participation au fil de la journée (en pointillés&#xa0;: prévue)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Import turnout figures</source>
        <translation>Importer les chiffres de participation</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 figures read: %2 new, %3 replaced.</source>
        <translation>%1 chiffres lus&#xa0;: %2 nouveaux, %3 remplacés.</translation>
    </message>
    <message>
        <source>At close (%1)</source>
        <translation>Clôture (%1)</translation>
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
    <name>terrain::DemoCampaign</name>
    <message>
        <source>Demo: %1</source>
        <translation>Démo&#xa0;: %1</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>support level: people</comment>
        <translation>%1&#xa0;: %2</translation>
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
    <message>
        <source>Walk list by hand</source>
        <translation>Liste de porte-à-porte à la main</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <source>Odd numbers</source>
        <translation>Numéros impairs</translation>
    </message>
    <message>
        <source>Even numbers</source>
        <translation>Numéros pairs</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>C&amp;ôté&#xa0;:</translation>
    </message>
    <message>
        <source>List na&amp;me:</source>
        <translation>No&amp;m de la liste&#xa0;:</translation>
    </message>
    <message>
        <source>All in one list</source>
        <translation>Tout dans une seule liste</translation>
    </message>
    <message>
        <source> doors per list</source>
        <translation> portes par liste</translation>
    </message>
    <message>
        <source>&amp;Doors:</source>
        <translation>&amp;Portes&#xa0;:</translation>
    </message>
    <message>
        <source>Make &amp;walk list</source>
        <translation>Créer une liste de &amp;porte-à-porte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Makes one walk list of the selected streets (Ctrl+Shift+W)</source>
        <translation>Crée une liste de porte-à-porte avec les rues sélectionnées (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Select one or several streets in the tree (Ctrl+click), then make a walk list of them.</source>
        <translation>Sélectionnez une ou plusieurs rues dans l’arborescence (Ctrl+clic), puis créez-en une liste de porte-à-porte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln street(s) selected: %1 doors, %2 voters (both sides).</source>
        <translation>
            <numerusform>%Ln rue sélectionnée&#xa0;: %1 portes, %2 électeurs (les deux côtés).</numerusform>
            <numerusform>%Ln rues sélectionnées&#xa0;: %1 portes, %2 électeurs (les deux côtés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk list “%1” made: %2 people, code %3.</source>
        <translation>Liste de porte-à-porte «&#xa0;%1&#xa0;» créée&#xa0;: %2 personnes, code %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk lists made, %1 people.</source>
        <translation>
            <numerusform>%Ln liste de porte-à-porte créée, %1 personnes.</numerusform>
            <numerusform>%Ln listes de porte-à-porte créées, %1 personnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ElectionDayPage</name>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Élection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New election…</source>
        <translation>&amp;Nouvelle élection…</translation>
    </message>
    <message>
        <source>Marks and the law</source>
        <translation>Le pointage et la loi</translation>
    </message>
    <message>
        <source>Where vote marks may come from, and when they must be deleted</source>
        <translation>D’où peut venir le pointage, et quand il doit être supprimé</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Pointage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>%1 – round %2 – %3</source>
        <translation>%1 – tour %2 – %3</translation>
    </message>
    <message>
        <source>Create the election first (New election…): marks, figures and chase lists belong to one election.</source>
        <translation>Créez d’abord l’élection (Nouvelle élection…)&#xa0;: le pointage, les chiffres et les listes de relance appartiennent à une élection.</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>Nouvelle élection</translation>
    </message>
    <message>
        <source>e.g. Municipales 2026</source>
        <translation>ex. Municipales 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tour&#xa0;:</translation>
    </message>
    <message>
        <source>Polls &amp;close at:</source>
        <translation>&amp;Clôture du scrutin à&#xa0;:</translation>
    </message>
    <message>
        <source>Election %1 created.</source>
        <translation>Élection %1 créée.</translation>
    </message>
    <message>
        <source>Vote marks and the law</source>
        <translation>Pointages et la loi</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every mark records where it came from: the person said so on the phone, a volunteer took them to vote, the campaign&apos;s delegate in the bureau, or the signature list (liste d&apos;émargement).&lt;/p&gt;&lt;p&gt;The signature list may be consulted by any voter only &lt;b&gt;after&lt;/b&gt; the vote, during ten days. Do not copy it during the vote. Marks entered from it are kept apart and must be deleted after the second round: use &lt;i&gt;Purge signature-list marks…&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Marks are shared with the campaign&apos;s other computers through sync; they serve only to remind your own supporters to vote.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque pointage indique sa provenance&#xa0;: la personne l’a dit au téléphone, un bénévole l’a accompagnée voter, le délégué de la campagne au bureau de vote, ou la liste d’émargement.&lt;/p&gt;&lt;p&gt;La liste d’émargement ne peut être consultée par tout électeur qu’&lt;b&gt;après&lt;/b&gt; le scrutin, pendant dix jours. Ne la recopiez pas pendant le vote. Les pointages saisis à partir d’elle sont conservés à part et doivent être supprimés après le second tour&#xa0;: utilisez &lt;i&gt;Purger les pointages de la liste d’émargement…&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Les pointages sont partagés avec les autres ordinateurs de la campagne par synchronisation&#xa0;; ils servent uniquement à rappeler à vos propres sympathisants d’aller voter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Bureaux</source>
        <translation>&amp;Bureaux de vote</translation>
    </message>
    <message>
        <source>&amp;Proxies</source>
        <translation>&amp;Procurations</translation>
    </message>
</context>
<context>
    <name>terrain::ElectionService</name>
    <message>
        <source>Give the election a name.</source>
        <translation>Donnez un nom à l’élection.</translation>
    </message>
    <message>
        <source>The election needs a valid date.</source>
        <translation>L’élection doit avoir une date valide.</translation>
    </message>
    <message>
        <source>The round is 1 or 2.</source>
        <translation>Le tour est 1 ou 2.</translation>
    </message>
    <message>
        <source>The closing time is not a valid time.</source>
        <translation>L’heure de clôture n’est pas une heure valide.</translation>
    </message>
    <message>
        <source>There is no election %1.</source>
        <translation>Il n’y a pas d’élection %1.</translation>
    </message>
    <message>
        <source>There is no election “%1”.</source>
        <translation>Il n’y a pas d’élection «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no bureau %1.</source>
        <translation>Il n’y a pas de bureau de vote %1.</translation>
    </message>
    <message>
        <source>The registered count cannot be negative.</source>
        <translation>Le nombre d’inscrits ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The expected turnout is between 0% and 100%.</source>
        <translation>La participation attendue est comprise entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (write 12:00, 17:00 or close).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure (écrivez 12:00, 17:00 ou close).</translation>
    </message>
    <message>
        <source>The count of voters cannot be negative.</source>
        <translation>Le nombre de votants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The time must be at or before the closing time (%1).</source>
        <translation>L’heure ne doit pas dépasser l’heure de clôture (%1).</translation>
    </message>
    <message>
        <source>%1 voters is more than the %2 registered in this bureau (enter the official registered count if the campaign&apos;s list is not complete).</source>
        <translation>%1 votants, c’est plus que les %2 inscrits de ce bureau de vote (saisissez le nombre officiel d’inscrits si la liste de la campagne est incomplète).</translation>
    </message>
    <message>
        <source>%1, line %2, %3: %4</source>
        <translation>%1, ligne %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>expected 3 fields (bureau, time, count), found %1</source>
        <translation>3 champs attendus (bureau, heure, nombre), %1 trouvés</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>%1 is after the closing time (%2)</source>
        <translation>%1 est après l’heure de clôture (%2)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>“%1” is not a count of voters</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de votants</translation>
    </message>
    <message>
        <source>bureau %1 at %2 is already given on line %3</source>
        <translation>le bureau %1 à %2 est déjà indiqué à la ligne %3</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>Name the proxy holder.</source>
        <translation>Indiquez le nom du mandataire.</translation>
    </message>
</context>
<context>
    <name>terrain::EntryFile</name>
    <message numerus="yes">
        <source>%n bad line(s), nothing entered:</source>
        <translation>
            <numerusform>%n ligne incorrecte, rien n’a été saisi&#xa0;:</numerusform>
            <numerusform>%n lignes incorrectes, rien n’a été saisi&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::EntryGridModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Door %1</source>
        <translation>Porte %1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sans adresse)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sans résultat</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Previous support</source>
        <translation>Soutien précédent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>terrain::EntryPage</name>
    <message>
        <source>List &amp;code:</source>
        <translation>&amp;Code de la liste&#xa0;:</translation>
    </message>
    <message>
        <source>Type or scan the code printed on the list</source>
        <translation>Tapez ou scannez le code imprimé sur la liste</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Import a results file…</source>
        <translation>&amp;Importer un fichier de résultats…</translation>
    </message>
    <message>
        <source>A CSV file with the columns door, person, result, answers</source>
        <translation>Un fichier CSV avec les colonnes door, person, result, answers</translation>
    </message>
    <message>
        <source>&amp;Finish the list</source>
        <translation>&amp;Terminer la liste</translation>
    </message>
    <message>
        <source>Store every door typed and mark the list as entered</source>
        <translation>Enregistrer toutes les portes saisies et marquer la liste comme saisie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Type or scan the code printed on the list.</source>
        <translation>Tapez ou scannez le code imprimé sur la liste.</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Ouvrir la liste</translation>
    </message>
    <message>
        <source>The list %1 has already been entered. Open it again to add results? The doors already stored stay as they are.</source>
        <translation>La liste %1 a déjà été saisie. La rouvrir pour ajouter des résultats&#xa0;? Les portes déjà enregistrées restent telles quelles.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>%1 — code %2</source>
        <translation>%1 — code %2</translation>
    </message>
    <message>
        <source>Finish the list</source>
        <translation>Terminer la liste</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Open the list first: the file gives the results of its doors.</source>
        <translation>Ouvrez d’abord la liste&#xa0;: le fichier donne les résultats de ses portes.</translation>
    </message>
    <message>
        <source>Import a results file</source>
        <translation>Importer un fichier de résultats</translation>
    </message>
    <message>
        <source>Results files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers de résultats (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the file. Check the grid, then finish the list.</source>
        <translation>
            <numerusform>%n ligne lue dans le fichier. Vérifiez la grille, puis terminez la liste.</numerusform>
            <numerusform>%n lignes lues dans le fichier. Vérifiez la grille, puis terminez la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>end of the list: finish it when every door is typed</source>
        <translation>fin de la liste&#xa0;: terminez-la quand toutes les portes sont saisies</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>porte %1</translation>
    </message>
    <message>
        <source>Doors done: %1 / %2</source>
        <translation>Portes faites&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <source>%1 keys a door</source>
        <translation>%1 touches par porte</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>one letter for the person</source>
        <translation>une lettre pour la personne</translation>
    </message>
    <message>
        <source>(alone: the whole door)</source>
        <translation>(seule&#xa0;: toute la porte)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>digits, one per question in this order; 0 skips one, + adds a choice</source>
        <translation>des chiffres, un par question dans cet ordre&#xa0;; 0 en saute une, + ajoute un choix</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>next person at this door</source>
        <translation>personne suivante à cette porte</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>next door</source>
        <translation>porte suivante</translation>
    </message>
    <message>
        <source>Answer keys appear once a list is open.</source>
        <translation>Les touches de réponse apparaissent une fois une liste ouverte.</translation>
    </message>
    <message>
        <source>Open a returned list by its code to type its results.</source>
        <translation>Ouvrez une liste rendue par son code pour saisir ses résultats.</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>undo the last key (also Ctrl+Z)</source>
        <translation>annuler la dernière touche (aussi Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 doors have a result. Mark the list as entered anyway? The other doors stay without a result.</source>
        <translation>
            <numerusform>%Ln porte sur %1 a un résultat. Marquer quand même la liste comme saisie&#xa0;? Les autres portes restent sans résultat.</numerusform>
            <numerusform>%Ln portes sur %1 ont un résultat. Marquer quand même la liste comme saisie&#xa0;? Les autres portes restent sans résultat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List %1 entered: %Ln of %2 doors with a result; people reached: %3; supporters: %4.</source>
        <translation>
            <numerusform>Liste %1 saisie&#xa0;: %Ln porte sur %2 avec un résultat&#xa0;; personnes jointes&#xa0;: %3&#xa0;; sympathisants&#xa0;: %4.</numerusform>
            <numerusform>Liste %1 saisie&#xa0;: %Ln portes sur %2 avec un résultat&#xa0;; personnes jointes&#xa0;: %3&#xa0;; sympathisants&#xa0;: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::EntrySession</name>
    <message>
        <source>No list has the code “%1”.</source>
        <translation>Aucune liste n’a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The list “%1” has already been entered.</source>
        <translation>La liste «&#xa0;%1&#xa0;» a déjà été saisie.</translation>
    </message>
    <message>
        <source>Cannot read the list.</source>
        <translation>Impossible de lire la liste.</translation>
    </message>
    <message>
        <source>The list is done: every door has been passed.</source>
        <translation>La liste est terminée&#xa0;: toutes les portes ont été passées.</translation>
    </message>
    <message>
        <source>This door is already stored.</source>
        <translation>Cette porte est déjà enregistrée.</translation>
    </message>
    <message>
        <source>“+” adds an option to a multiple-choice answer.</source>
        <translation>«&#xa0;+&#xa0;» ajoute une option à une réponse à choix multiples.</translation>
    </message>
    <message>
        <source>Type a result letter, answer digits, Tab for the next person or Enter for the next door.</source>
        <translation>Tapez une lettre de résultat, des chiffres de réponse, Tab pour la personne suivante ou Entrée pour la porte suivante.</translation>
    </message>
    <message>
        <source>No result has the key %1.</source>
        <translation>Aucun résultat n’a la touche %1.</translation>
    </message>
    <message>
        <source>Every question of %1 is answered; Tab goes to the next person, Enter to the next door.</source>
        <translation>Toutes les questions de %1 ont une réponse&#xa0;; Tab passe à la personne suivante, Entrée à la porte suivante.</translation>
    </message>
    <message>
        <source>This is the last person at this door: Enter goes to the next door.</source>
        <translation>C’est la dernière personne à cette porte&#xa0;: Entrée passe à la porte suivante.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n door(s).</source>
        <translation>
            <numerusform>La liste compte %n porte.</numerusform>
            <numerusform>La liste compte %n portes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Door %1 has %n person(s).</source>
        <translation>
            <numerusform>La porte %1 compte %n personne.</numerusform>
            <numerusform>La porte %1 compte %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
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
    <name>terrain::ExportColumns</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Voter key</source>
        <translation>Clé électeur</translation>
    </message>
    <message>
        <source>Number on the roll</source>
        <translation>Numéro sur la liste électorale</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
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
        <source>Age</source>
        <translation>Âge</translation>
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
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <source>Tags</source>
        <translation>Étiquettes</translation>
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
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>List code</source>
        <translation>Code de la liste</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels téléphoniques</translation>
    </message>
    <message>
        <source>Text messages (SMS)</source>
        <translation>Messages texte (SMS)</translation>
    </message>
    <message>
        <source>Door-to-door</source>
        <translation>Porte-à-porte</translation>
    </message>
</context>
<context>
    <name>terrain::ExportDialog</name>
    <message>
        <source>Segment “%1”</source>
        <translation>Segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>list-%1</source>
        <translation>liste-%1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;List %1&lt;/b&gt; — %2: %Ln people, in the list&apos;s order.</source>
        <translation>
            <numerusform>&lt;b&gt;Liste %1&lt;/b&gt; — %2&#xa0;: %Ln personne, dans l’ordre de la liste.</numerusform>
            <numerusform>&lt;b&gt;Liste %1&lt;/b&gt; — %2&#xa0;: %Ln personnes, dans l’ordre de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment “%1”&lt;/b&gt;: the people it selects today, by name.</source>
        <translation>&lt;b&gt;Segment «&#xa0;%1&#xa0;»&lt;/b&gt;&#xa0;: les personnes qu’il sélectionne aujourd’hui, par nom.</translation>
    </message>
    <message>
        <source>Excel (France): ; separated, opens in French Excel by double-click. Standard CSV: , separated, UTF-8. Every cell is text; formulas are neutralised.</source>
        <translation>Excel (France)&#xa0;: séparateur «&#xa0;;&#xa0;», s’ouvre dans Excel en français par double-clic. CSV standard&#xa0;: séparateur «&#xa0;,&#xa0;», UTF-8. Toutes les cellules sont du texte&#xa0;; les formules sont neutralisées.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>The file is for this channel: people who opted out of it, or cannot be reached on it, are left out. Phone and email columns never show a number or address the person refused.</source>
        <translation>Le fichier est destiné à ce canal&#xa0;: les personnes qui l’ont refusé, ou qu’on ne peut pas joindre par ce canal, sont exclues. Les colonnes téléphone et e-mail n’affichent jamais un numéro ou une adresse que la personne a refusés.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;olumns (in this order):</source>
        <translation>C&amp;olonnes (dans cet ordre)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Par défaut</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet file (%1)</source>
        <translation>Exporter vers un fichier tableur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to %1</source>
        <translation>
            <numerusform>%Ln personne exportée vers %1</numerusform>
            <numerusform>%Ln personnes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported.</source>
        <translation>
            <numerusform>%Ln personne exportée.</numerusform>
            <numerusform>%Ln personnes exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
    <name>terrain::ExportLog</name>
    <message>
        <source>The export log could not be read.</source>
        <translation>Le journal des exports n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>terrain::ExportLogDialog</name>
    <message>
        <source>Export log</source>
        <translation>Journal des exports</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
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
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Nothing was exported from this campaign yet.</source>
        <translation>Rien n’a encore été exporté de cette campagne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exports, %1 rows in all. Every export from this laptop is listed here.</source>
        <translation>
            <numerusform>%Ln export, %1 lignes au total. Tous les exports faits depuis cet ordinateur sont listés ici.</numerusform>
            <numerusform>%Ln exports, %1 lignes au total. Tous les exports faits depuis cet ordinateur sont listés ici.</numerusform>
        </translation>
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
    <name>terrain::HttpServer</name>
    <message>
        <source>Listening on a network address needs a TLS certificate and key (--cert, --key).</source>
        <translation>L’écoute sur une adresse réseau nécessite un certificat et une clé TLS (--cert, --key).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>Impossible de lire le certificat ou la clé TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid (PEM expected).</source>
        <translation>Le certificat ou la clé TLS n’est pas valide (PEM attendu).</translation>
    </message>
    <message>
        <source>Cannot listen on this address and port.</source>
        <translation>Impossible d’écouter sur cette adresse et ce port.</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>La requête a pris trop de temps.</translation>
    </message>
    <message>
        <source>The request header is too large.</source>
        <translation>L’en-tête de la requête est trop volumineux.</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>Ce n’est pas une requête HTTP.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>Un en-tête de la requête est mal formé.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length.</source>
        <translation>Envoyez le corps avec un en-tête Content-Length.</translation>
    </message>
    <message>
        <source>The Content-Length is not valid.</source>
        <translation>Le Content-Length n’est pas valide.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>The body is corrupt or too large once unpacked.</source>
        <translation>Le corps est corrompu ou trop volumineux une fois décompressé.</translation>
    </message>
    <message>
        <source>Only gzip bodies are accepted.</source>
        <translation>Seuls les corps gzip sont acceptés.</translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1</source>
        <translation>Le corps n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>terrain::HttpSyncTransport</name>
    <message>
        <source>Wrong user name or password, or the account is locked for a while.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect, ou compte verrouillé pour un moment.</translation>
    </message>
    <message>
        <source>The server refused to sign in.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server sent an answer Terrain does not understand.</source>
        <translation>Le serveur a envoyé une réponse que Terrain ne comprend pas.</translation>
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
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
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
    <message>
        <source>What the import changed in the campaign.</source>
        <translation>Ce que l’import a changé dans la campagne.</translation>
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
    <name>terrain::ListService</name>
    <message>
        <source>No address</source>
        <translation>Sans adresse</translation>
    </message>
    <message>
        <source>Bldg %1</source>
        <translation>Bât. %1</translation>
    </message>
    <message>
        <source>Stair %1</source>
        <translation>Esc. %1</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Impossible de lire la liste.</translation>
    </message>
    <message>
        <source>No list code is left.</source>
        <translation>Il ne reste plus aucun code de liste disponible.</translation>
    </message>
    <message>
        <source>A turf has 1 to 1000 doors.</source>
        <translation>Un secteur compte de 1 à 1000 portes.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>A call list&apos;s size cannot be negative.</source>
        <translation>La taille d’une liste d’appels ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>This list no longer exists.</source>
        <translation>Cette liste n’existe plus.</translation>
    </message>
    <message>
        <source>There is no list with the code “%1”.</source>
        <translation>Il n’y a pas de liste avec le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A volunteer&apos;s name has at most 120 characters.</source>
        <translation>Le nom d’un bénévole compte au plus 120 caractères.</translation>
    </message>
    <message>
        <source>List %1 is out with %2: it keeps a volunteer until it is taken back (status new).</source>
        <translation>La liste %1 est sortie avec %2&#xa0;: elle garde un bénévole jusqu’à ce qu’elle soit reprise (statut new).</translation>
    </message>
    <message>
        <source>List %1 is %2: it can only move one step, to %3.</source>
        <translation>La liste %1 est au statut %2&#xa0;: elle ne peut changer que d’une étape, vers %3.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>List %1 has no volunteer: assign it before handing it out.</source>
        <translation>La liste %1 n’a pas de bénévole&#xa0;: attribuez-la avant de la distribuer.</translation>
    </message>
    <message>
        <source>A list&apos;s name has at most 120 characters.</source>
        <translation>Le nom d’une liste compte au plus 120 caractères.</translation>
    </message>
    <message>
        <source>The lists could not be read.</source>
        <translation>Les listes n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>terrain::ListsModel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendue</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactés</translation>
    </message>
</context>
<context>
    <name>terrain::ListsPage</name>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>Give the selected list to a volunteer</source>
        <translation>Confier la liste sélectionnée à un bénévole</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>A list moves one step at a time: new, out (with a volunteer), returned, entered</source>
        <translation>Une liste avance d’une étape à la fois&#xa0;: nouvelle, sortie (avec un bénévole), rendue, saisie</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>No lists yet. Make walk or call lists from a segment on the Segments page.</source>
        <translation>Aucune liste pour l’instant. Créez des listes de porte-à-porte ou d’appels à partir d’un segment dans la page Segments.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists, %1 people; %2 out with volunteers.</source>
        <translation>
            <numerusform>%Ln liste, %1 personnes&#xa0;; sorties chez des bénévoles&#xa0;: %2.</numerusform>
            <numerusform>%Ln listes, %1 personnes&#xa0;; sorties chez des bénévoles&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign list %1</source>
        <translation>Attribuer la liste %1</translation>
    </message>
    <message>
        <source>Volunteer who takes list %1 (empty: nobody):</source>
        <translation>Bénévole qui prend la liste %1 (vide&#xa0;: personne)&#xa0;:</translation>
    </message>
    <message>
        <source>Print list %1</source>
        <translation>Imprimer la liste %1</translation>
    </message>
    <message>
        <source>list-%1</source>
        <translation>liste-%1</translation>
    </message>
    <message>
        <source>Save list %1 as PDF</source>
        <translation>Enregistrer la liste %1 en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>List %1 saved to %2</source>
        <translation>Liste %1 enregistrée dans %2</translation>
    </message>
    <message>
        <source>Select the list to export.</source>
        <translation>Sélectionnez la liste à exporter.</translation>
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
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Paper entry</source>
        <translation>Saisie papier</translation>
    </message>
    <message>
        <source>Phone bank</source>
        <translation>Phoning</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Jour du scrutin</translation>
    </message>
    <message>
        <source>Export &amp;log…</source>
        <translation>&amp;Journal des exports…</translation>
    </message>
    <message>
        <source>Updating %1 for this version of Terrain...</source>
        <translation>Mise à jour de %1 pour cette version de Terrain…</translation>
    </message>
</context>
<context>
    <name>terrain::MarkingPanel</name>
    <message>
        <source>Mark who voted</source>
        <translation>Pointer les votants</translation>
    </message>
    <message>
        <source>&amp;Source of the marks:</source>
        <translation>&amp;Source des pointages&#xa0;:</translation>
    </message>
    <message>
        <source>The signature list may only be consulted after the vote, and marks taken from it are deleted after the second round.</source>
        <translation>La liste d’émargement ne peut être consultée qu’après le vote, et les pointages qui en sont tirés sont supprimés après le second tour.</translation>
    </message>
    <message>
        <source>e.g. 3 142, then Enter</source>
        <translation>ex. 3 142, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Bureau and numéro d&apos;ordre:</source>
        <translation>&amp;Bureau et numéro d’ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Name, then Enter (↓ to choose)</source>
        <translation>Nom, puis Entrée (↓ pour choisir)</translation>
    </message>
    <message>
        <source>Or find by &amp;name:</source>
        <translation>Ou chercher par &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Last marks of this election (every computer)</source>
        <translation>Derniers pointages de cette élection (tous les ordinateurs)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Undo my last mark (Ctrl+Z)</source>
        <translation>&amp;Annuler mon dernier pointage (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Purge signature-list marks…</source>
        <translation>&amp;Purger les pointages de la liste d’émargement…</translation>
    </message>
    <message>
        <source>Type the bureau, a space, the numéro d&apos;ordre, then Enter.</source>
        <translation>Tapez le bureau, une espace, le numéro d’ordre, puis Entrée.</translation>
    </message>
    <message>
        <source>Bureau %1: the number alone is enough.</source>
        <translation>Bureau %1&#xa0;: le numéro seul suffit.</translation>
    </message>
    <message>
        <source>Type the bureau, a space, then the numéro d&apos;ordre (e.g. 3 142).</source>
        <translation>Tapez le bureau, une espace, puis le numéro d’ordre (ex. 3 142).</translation>
    </message>
    <message>
        <source>%1 (bureau %2, no. %3)</source>
        <translation>%1 (bureau %2, n° %3)</translation>
    </message>
    <message>
        <source>%1 (bureau %2)</source>
        <translation>%1 (bureau %2)</translation>
    </message>
    <message>
        <source>%1 already marked (by %2, at %3, %4): ignored.</source>
        <translation>%1 déjà pointé (par %2, à %3, %4)&#xa0;: ignoré.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 marked voted.</source>
        <translation>%1 pointé comme ayant voté.</translation>
    </message>
    <message>
        <source>No mark of yours to undo.</source>
        <translation>Aucun pointage de votre part à annuler.</translation>
    </message>
    <message>
        <source>Mark of %1 undone.</source>
        <translation>Pointage de %1 annulé.</translation>
    </message>
    <message>
        <source>%1 – bureau %2, no. %3</source>
        <translation>%1 – bureau %2, n° %3</translation>
    </message>
    <message>
        <source>%1 – bureau %2</source>
        <translation>%1 – bureau %2</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, né(e) le %1</translation>
    </message>
    <message>
        <source> (already marked)</source>
        <translation> (déjà pointé)</translation>
    </message>
    <message>
        <source>Purge signature-list marks</source>
        <translation>Purger les pointages de la liste d’émargement</translation>
    </message>
    <message>
        <source>Delete every mark of %1 taken from the signature list, on every computer (through sync)? The law asks for it after the second round. This cannot be undone.</source>
        <translation>Supprimer tous les pointages de %1 tirés de la liste d’émargement, sur tous les ordinateurs (via la synchronisation)&#xa0;? La loi l’exige après le second tour. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete the marks</source>
        <translation>Supprimer les pointages</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mark(s) from the signature list deleted.</source>
        <translation>
            <numerusform>%Ln pointage issu de la liste d’émargement supprimé.</numerusform>
            <numerusform>%Ln pointages issus de la liste d’émargement supprimés.</numerusform>
        </translation>
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
        <source>Select the two records of one person in the table (Ctrl+click), then Merge.</source>
        <translation>Sélectionnez les deux fiches d’une même personne dans le tableau (Ctrl+clic), puis Fusionner.</translation>
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
    <message numerus="yes">
        <source>%Ln+ people</source>
        <translation>
            <numerusform>%Ln+ personne</numerusform>
            <numerusform>%Ln+ personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>%1 added (Ctrl+Z takes it back).</source>
        <translation>%1 ajouté (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>The two records are merged (Ctrl+Z takes the merge back).</source>
        <translation>Les deux fiches sont fusionnées (Ctrl+Z pour annuler la fusion).</translation>
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
    <name>terrain::PhoneBankPage</name>
    <message>
        <source>Call &amp;list:</source>
        <translation>&amp;Liste d’appels&#xa0;:</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Appelant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Edit the script</source>
        <translation>Modifier le script</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Historique récent</translation>
    </message>
    <message>
        <source>Survey (digits answer in order)</source>
        <translation>Questionnaire (répondre avec les chiffres, dans l’ordre)</translation>
    </message>
    <message>
        <source>Outcome (one key)</source>
        <translation>Résultat (une touche)</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>&amp;Rappeler le&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: what to remember</source>
        <translation>Facultatif&#xa0;: ce qu’il faut retenir</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Look for the &amp;next person</source>
        <translation>Chercher la personne &amp;suivante</translation>
    </message>
    <message>
        <source>People who did not answer come back after a while</source>
        <translation>Les personnes qui n’ont pas répondu reviennent au bout d’un moment</translation>
    </message>
    <message>
        <source>No call list yet: make one on the Lists page</source>
        <translation>Pas encore de liste d’appels&#xa0;: créez-en une dans la page Listes</translation>
    </message>
    <message>
        <source>Choose a call list…</source>
        <translation>Choisir une liste d’appels…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %Ln people</source>
        <translation>
            <numerusform>%1 (%2) — %Ln personne</numerusform>
            <numerusform>%1 (%2) — %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>Nobody to call is shown.</source>
        <translation>Aucune personne à appeler n’est affichée.</translation>
    </message>
    <message>
        <source>No outcome has the key %1.</source>
        <translation>Aucun résultat n’a la touche %1.</translation>
    </message>
    <message>
        <source>Choose when to call back (a time to come), then press %1 again.</source>
        <translation>Choisissez quand rappeler (un moment à venir), puis appuyez de nouveau sur %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The number %1 will not be dialled again.</source>
        <translation>Le numéro %1 ne sera plus composé.</translation>
    </message>
    <message>
        <source>Back to you on %1.</source>
        <translation>Rappel prévu pour vous le %1.</translation>
    </message>
    <message>
        <source>Nobody to call right now</source>
        <translation>Personne à appeler pour le moment</translation>
    </message>
    <message>
        <source>Choose a call list</source>
        <translation>Choisissez une liste d’appels</translation>
    </message>
    <message>
        <source>People who did not answer come back later; look again in a while.</source>
        <translation>Les personnes qui n’ont pas répondu reviennent plus tard&#xa0;; revenez voir dans un moment.</translation>
    </message>
    <message>
        <source>The person to call shows here, with the script and the survey.</source>
        <translation>La personne à appeler s’affiche ici, avec le script et le questionnaire.</translation>
    </message>
    <message>
        <source>Bureau %1</source>
        <translation>Bureau de vote %1</translation>
    </message>
    <message>
        <source>votes at %1</source>
        <translation>vote à %1</translation>
    </message>
    <message>
        <source>support: %1</source>
        <translation>soutien&#xa0;: %1</translation>
    </message>
    <message>
        <source>comes back to you</source>
        <translation>vous est réattribué</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Dial this number first. Click to copy it.</source>
        <translation>Composez d’abord ce numéro. Cliquez pour le copier.</translation>
    </message>
    <message>
        <source>Click to copy the number.</source>
        <translation>Cliquez pour copier le numéro.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>No contact yet.</source>
        <translation>Aucun contact pour l’instant.</translation>
    </message>
    <message>
        <source>Done %1 / %2  ·  to call %3 (%4 now, %5 later)</source>
        <translation>Traités %1 / %2  ·  à appeler %3 (%4 maintenant, %5 plus tard)</translation>
    </message>
    <message>
        <source>Merge fields: %1</source>
        <translation>Champs de fusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save for this &amp;list</source>
        <translation>Enregistrer pour cette &amp;liste</translation>
    </message>
    <message>
        <source>Callers of this list get this script; leave it empty to use the campaign&apos;s</source>
        <translation>Les appelants de cette liste reçoivent ce script&#xa0;; laissez-le vide pour utiliser celui de la campagne</translation>
    </message>
    <message>
        <source>Save for the &amp;campaign</source>
        <translation>Enregistrer pour la &amp;campagne</translation>
    </message>
    <message>
        <source>Every call list without its own script uses this one</source>
        <translation>Toutes les listes d’appels sans script propre utilisent celui-ci</translation>
    </message>
    <message>
        <source>On this number (Ctrl+Up/Down):</source>
        <translation>Sur ce numéro (Ctrl+Haut/Bas)&#xa0;:</translation>
    </message>
    <message>
        <source>Put %1 on the line</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>%1: done on this list</source>
        <translation>%1&#xa0;: terminé sur cette liste</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>le foyer</translation>
    </message>
    <message>
        <source>The campaign&apos;s script.</source>
        <translation>Le script de la campagne.</translation>
    </message>
    <message>
        <source>This list&apos;s own script.</source>
        <translation>Le script propre à cette liste.</translation>
    </message>
    <message>
        <source>Choose a call list first.</source>
        <translation>Choisissez d’abord une liste d’appels.</translation>
    </message>
    <message>
        <source>The campaign&apos;s call script is saved.</source>
        <translation>Le script d’appel de la campagne est enregistré.</translation>
    </message>
    <message>
        <source>This list&apos;s call script is saved.</source>
        <translation>Le script d’appel de cette liste est enregistré.</translation>
    </message>
</context>
<context>
    <name>terrain::PhoneQueue</name>
    <message>
        <source>No list has the code “%1”.</source>
        <translation>Aucune liste n’a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The list “%1” is not a call list.</source>
        <translation>La liste «&#xa0;%1&#xa0;» n’est pas une liste d’appels.</translation>
    </message>
    <message>
        <source>“%1” is not a call outcome.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un résultat d’appel.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de la campagne est occupé.</translation>
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
    <name>terrain::ProgressPage</name>
    <message>
        <source>Door-to-door</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Phone bank</source>
        <translation>Phoning</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>By list</source>
        <translation>Par liste</translation>
    </message>
    <message>
        <source>By volunteer</source>
        <translation>Par bénévole</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Entries to check</source>
        <translation>Saisies à vérifier</translation>
    </message>
    <message>
        <source>Contact rates far outside 10-30 %, or doors entered seconds apart.</source>
        <translation>Taux de contact très en dehors de 10-30&#xa0;%, ou portes saisies à quelques secondes d’intervalle.</translation>
    </message>
    <message>
        <source>Activity per day</source>
        <translation>Activité par jour</translation>
    </message>
    <message>
        <source>Nothing looks implausible.</source>
        <translation>Rien ne semble invraisemblable.</translation>
    </message>
    <message>
        <source>By volunteer (%1 ⚠)</source>
        <translation>Par bénévole (%1 ⚠)</translation>
    </message>
    <message>
        <source>%1 doors knocked, %2 reached (contact rate %3)</source>
        <translation>%1 portes frappées, %2 personnes rencontrées (taux de contact %3)</translation>
    </message>
    <message>
        <source>%1 people called, %2 answered (contact rate %3)</source>
        <translation>%1 personnes appelées, %2 ont répondu (taux de contact %3)</translation>
    </message>
    <message>
        <source>%1 people reached, %2 supporters identified</source>
        <translation>%1 personnes jointes, %2 sympathisants identifiés</translation>
    </message>
    <message>
        <source>Doors knocked</source>
        <translation>Portes frappées</translation>
    </message>
    <message>
        <source>People called</source>
        <translation>Personnes appelées</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes jointes</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aucune activité pour l’instant</translation>
    </message>
</context>
<context>
    <name>terrain::ProxiesPanel</name>
    <message>
        <source>Bureau</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Électeur</translation>
    </message>
    <message>
        <source>Proxy holder</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>A voté</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <source>Name, or bureau and number (3 142)</source>
        <translation>Nom, ou bureau et numéro (3 142)</translation>
    </message>
    <message>
        <source>Find the &amp;voter:</source>
        <translation>Rechercher l’é&amp;lecteur&#xa0;:</translation>
    </message>
    <message>
        <source>No voter chosen.</source>
        <translation>Aucun électeur choisi.</translation>
    </message>
    <message>
        <source>Who votes for them</source>
        <translation>Qui vote à sa place</translation>
    </message>
    <message>
        <source>Proxy &amp;holder:</source>
        <translation>&amp;Mandataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>This election</source>
        <translation>Cette élection</translation>
    </message>
    <message>
        <source>Every election of the campaign</source>
        <translation>Toutes les élections de la campagne</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>every election</source>
        <translation>toutes les élections</translation>
    </message>
    <message>
        <source>this election</source>
        <translation>cette élection</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <source>%1 (bureau %2, no. %3)</source>
        <translation>%1 (bureau %2, n° %3)</translation>
    </message>
    <message>
        <source>%1 (bureau %2)</source>
        <translation>%1 (bureau %2)</translation>
    </message>
    <message>
        <source>Find the voter first (name, or bureau and number).</source>
        <translation>Recherchez d’abord l’électeur (nom, ou bureau et numéro).</translation>
    </message>
    <message>
        <source>Proxy of %1 saved.</source>
        <translation>Procuration de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>terrain::Question</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 is not a choice of “%2” (1 to %3).</source>
        <translation>%1 n’est pas un choix de «&#xa0;%2&#xa0;» (1 à %3).</translation>
    </message>
    <message>
        <source>“%1” takes text, not a number.</source>
        <translation>«&#xa0;%1&#xa0;» attend du texte, pas un nombre.</translation>
    </message>
    <message>
        <source>Empty answer to “%1”.</source>
        <translation>Réponse vide à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” takes yes or no, not “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» attend oui ou non, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a choice of “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un choix de «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>terrain::RecentMarksModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Pointé par</translation>
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
    <name>terrain::ResultCode</name>
    <message>
        <source>Canvassed</source>
        <translation>Visité</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Refused, hostile (do not visit)</source>
        <translation>Refus hostile (ne pas visiter)</translation>
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
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
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
        <translation>Mauvais numéro</translation>
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
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Stop (no more SMS)</source>
        <translation>STOP (plus de SMS)</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontré</translation>
    </message>
</context>
<context>
    <name>terrain::ResultCodes</name>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>Cannot read the result codes.</source>
        <translation>Impossible de lire les codes de résultat.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Canal inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A result code id is made of lower-case letters, digits and “_”: “%1”.</source>
        <translation>Un identifiant de code de résultat se compose de lettres minuscules, de chiffres et de «&#xa0;_&#xa0;»&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key of a result code is one letter.</source>
        <translation>La touche d’un code de résultat est une seule lettre.</translation>
    </message>
    <message>
        <source>A result code needs a label.</source>
        <translation>Un code de résultat doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The key %1 is already used by “%2”.</source>
        <translation>La touche %1 est déjà utilisée par «&#xa0;%2&#xa0;».</translation>
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
    <name>terrain::SegmentFilter</name>
    <message>
        <source>The segment&apos;s filter is not a JSON object.</source>
        <translation>Le filtre du segment n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A segment condition is a JSON object.</source>
        <translation>Une condition de segment est un objet JSON.</translation>
    </message>
</context>
<context>
    <name>terrain::SegmentService</name>
    <message>
        <source>The segment could not be read.</source>
        <translation>Impossible de lire le segment.</translation>
    </message>
    <message>
        <source>A segment&apos;s name has 1 to 120 characters.</source>
        <translation>Le nom d’un segment compte de 1 à 120 caractères.</translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation>Un segment nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Il n’existe aucun segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>terrain::SegmentTree</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Bureaux</source>
        <translation>Bureaux de vote</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Niveau de soutien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status on the list</source>
        <translation>Statut sur la liste</translation>
    </message>
    <message>
        <source>Has a phone</source>
        <translation>A un téléphone</translation>
    </message>
    <message>
        <source>Has a mobile</source>
        <translation>A un portable</translation>
    </message>
    <message>
        <source>Has an email</source>
        <translation>A un e-mail</translation>
    </message>
    <message>
        <source>Contacted since</source>
        <translation>Contacté depuis</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Non contacté depuis</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Voted in</source>
        <translation>A voté à</translation>
    </message>
    <message>
        <source>Did not vote in</source>
        <translation>N’a pas voté à</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Circonscriptions</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>People who match</source>
        <translation>Personnes qui correspondent à</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>toutes ces conditions</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>au moins une de ces conditions</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>aucune de ces conditions</translation>
    </message>
    <message>
        <source>bureau codes, e.g. 1, 3</source>
        <translation>codes des bureaux de vote, p. ex. 1, 3</translation>
    </message>
    <message>
        <source>street names, separated by commas</source>
        <translation>noms de rues, séparés par des virgules</translation>
    </message>
    <message>
        <source>tag names, separated by commas</source>
        <translation>noms d’étiquettes, séparés par des virgules</translation>
    </message>
    <message>
        <source>result codes, e.g. not_home, come_back</source>
        <translation>codes de résultat, p. ex. not_home, come_back</translation>
    </message>
    <message>
        <source>the election&apos;s name</source>
        <translation>le nom de l’élection</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>1 strong support</source>
        <translation>1 soutien fort</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 undecided</source>
        <translation>3 indécis</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 strong against</source>
        <translation>5 fortement opposé</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
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
        <translation>Radié de la liste</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>terrain::SegmentsPage</name>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Undecided, bureau 3</source>
        <translation>p. ex. Indécis, bureau 3</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <source>Add g&amp;roup</source>
        <translation>Ajouter un g&amp;roupe</translation>
    </message>
    <message>
        <source>All of (and)</source>
        <translation>Toutes (et)</translation>
    </message>
    <message>
        <source>Any of (or)</source>
        <translation>Au moins une (ou)</translation>
    </message>
    <message>
        <source>None of (not)</source>
        <translation>Aucune (non)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Make lists from this segment</source>
        <translation>Créer des listes à partir de ce segment</translation>
    </message>
    <message>
        <source>D&amp;oors per walk list:</source>
        <translation>P&amp;ortes par liste de porte-à-porte&#xa0;:</translation>
    </message>
    <message>
        <source>Make &amp;walk lists</source>
        <translation>Créer des listes de &amp;porte-à-porte</translation>
    </message>
    <message>
        <source>N&amp;umbers per call list:</source>
        <translation>N&amp;uméros par liste d’appels&#xa0;:</translation>
    </message>
    <message>
        <source>all in one</source>
        <translation>tout en une</translation>
    </message>
    <message>
        <source>Make c&amp;all lists</source>
        <translation>Créer des listes d’&amp;appels</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Lists made from it stay.</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»&#xa0;? Les listes créées à partir de celui-ci sont conservées.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match</source>
        <translation>
            <numerusform>%Ln personne correspond</numerusform>
            <numerusform>%Ln personnes correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the segment first.</source>
        <translation>Donnez d’abord un nom au segment.</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segment «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk lists made, %1 people.</source>
        <translation>
            <numerusform>%Ln liste de porte-à-porte créée, %1 personnes.</numerusform>
            <numerusform>%Ln listes de porte-à-porte créées, %1 personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call lists made, %1 people.</source>
        <translation>
            <numerusform>%Ln liste d’appels créée, %1 personnes.</numerusform>
            <numerusform>%Ln listes d’appels créées, %1 personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the segment to export it.</source>
        <translation>Enregistrez le segment pour l’exporter.</translation>
    </message>
</context>
<context>
    <name>terrain::ServerAccounts</name>
    <message>
        <source>The password library cannot start.</source>
        <translation>La bibliothèque de mots de passe ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Mémoire insuffisante pour hacher le mot de passe.</translation>
    </message>
    <message>
        <source>A user name is 1 to 100 characters.</source>
        <translation>Un nom d’utilisateur compte de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>The role is admin, coordinator or volunteer.</source>
        <translation>Le rôle est admin, coordinator ou volunteer.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>Un mot de passe compte au moins 8 caractères.</translation>
    </message>
    <message>
        <source>This user already exists.</source>
        <translation>Cet utilisateur existe déjà.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Utilisateur inconnu.</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>Veuillez vous connecter.</translation>
    </message>
</context>
<context>
    <name>terrain::ServerStore</name>
    <message>
        <source>The database driver is missing.</source>
        <translation>Le pilote de base de données est manquant.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid.</source>
        <translation>L’adresse PostgreSQL n’est pas valide.</translation>
    </message>
    <message>
        <source>Cannot open the server&apos;s database.</source>
        <translation>Impossible d’ouvrir la base de données du serveur.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
    <message>
        <source>With PostgreSQL, back up with pg_dump; after a restore run terrain-server new-epoch.</source>
        <translation>Avec PostgreSQL, sauvegardez avec pg_dump&#xa0;; après une restauration, exécutez terrain-server new-epoch.</translation>
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
    <name>terrain::Survey</name>
    <message>
        <source>Support level</source>
        <translation>Niveau de soutien</translation>
    </message>
    <message>
        <source>Campaign survey</source>
        <translation>Questionnaire de campagne</translation>
    </message>
</context>
<context>
    <name>terrain::SurveyForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every question has an answer; record the outcome with its letter.</source>
        <translation>Chaque question a une réponse&#xa0;; enregistrez le résultat avec sa lettre.</translation>
    </message>
    <message>
        <source>%1 is not a choice of “%2” (1 to %3).</source>
        <translation>%1 n’est pas un choix de «&#xa0;%2&#xa0;» (1 à %3).</translation>
    </message>
</context>
<context>
    <name>terrain::SurveyService</name>
    <message>
        <source>Cannot read the survey.</source>
        <translation>Impossible de lire le questionnaire.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>A question needs a text.</source>
        <translation>Une question doit avoir un texte.</translation>
    </message>
    <message>
        <source>The support level question is built in.</source>
        <translation>La question sur le niveau de soutien est intégrée.</translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation>Une question à choix doit avoir au moins deux options.</translation>
    </message>
    <message>
        <source>At most nine options, so that one digit picks each.</source>
        <translation>Neuf options au maximum, pour qu’un seul chiffre désigne chacune.</translation>
    </message>
</context>
<context>
    <name>terrain::SyncClient</name>
    <message>
        <source>The server refused the sync.</source>
        <translation>Le serveur a refusé la synchronisation.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Votre compte n’a pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>Terrain on this laptop and the server are not the same version: please update.</source>
        <translation>Terrain sur cet ordinateur et le serveur n’ont pas la même version&#xa0;: veuillez mettre à jour.</translation>
    </message>
    <message>
        <source>The server sent an answer Terrain does not understand.</source>
        <translation>Le serveur a envoyé une réponse que Terrain ne comprend pas.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
    <message>
        <source>The server keeps changing; please try again later.</source>
        <translation>Le serveur change sans cesse&#xa0;; veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Cannot read the campaign.</source>
        <translation>Impossible de lire la campagne.</translation>
    </message>
</context>
<context>
    <name>terrain::SyncController</name>
    <message>
        <source>Give the server&apos;s address, e.g. https://sync.example.org.</source>
        <translation>Indiquez l’adresse du serveur, p. ex. https://sync.example.org.</translation>
    </message>
    <message>
        <source>Passwords and voters&apos; data only travel encrypted: use an https:// address.</source>
        <translation>Les mots de passe et les données des électeurs ne circulent que chiffrés&#xa0;: utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>Indiquez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>terrain::SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln modification à envoyer</numerusform>
            <numerusform>%Ln modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>terrain::SyncLocalStore</name>
    <message>
        <source>The campaign file cannot be read.</source>
        <translation>Le fichier de la campagne ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot remove the people who left your lists.</source>
        <translation>Impossible de retirer les personnes sorties de vos listes.</translation>
    </message>
</context>
<context>
    <name>terrain::SyncPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Changes to send:</source>
        <translation>Modifications à envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Conservée depuis</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Lost from</source>
        <translation>Perdue depuis</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; on %2.</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; sur %2.</translation>
    </message>
    <message>
        <source>Sign in with the account the campaign&apos;s administrator gave you. This campaign then syncs by itself every few minutes and shortly after each change.</source>
        <translation>Connectez-vous avec le compte que l’administrateur de la campagne vous a fourni. La campagne se synchronise ensuite toute seule toutes les quelques minutes et peu après chaque modification.</translation>
    </message>
    <message>
        <source>Not signed in: this campaign stays on this computer.</source>
        <translation>Non connecté&#xa0;: cette campagne reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Reading the sign-in from the system keychain…</source>
        <translation>Lecture de la connexion depuis le trousseau du système…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>À jour.</translation>
    </message>
    <message>
        <source>Changes wait for the next sync.</source>
        <translation>Les modifications attendent la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server cannot be reached; Terrain will try again. Keep working: nothing is lost.</source>
        <translation>Le serveur est injoignable&#xa0;; Terrain réessaiera. Continuez à travailler&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>La dernière synchronisation a échoué.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>ordinateur %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Modifications refusées (%1)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>terrain::SyncService</name>
    <message>
        <source>No such request.</source>
        <translation>Requête inconnue.</translation>
    </message>
    <message>
        <source>A user name and a password are needed.</source>
        <translation>Un nom d’utilisateur et un mot de passe sont nécessaires.</translation>
    </message>
    <message>
        <source>Please update Terrain on this laptop.</source>
        <translation>Veuillez mettre à jour Terrain sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server was restored: sync again.</source>
        <translation>Le serveur a été restauré&#xa0;: synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La requête n’est pas valide.</translation>
    </message>
    <message>
        <source>The laptop&apos;s clock is far ahead: set the date and time, then edit again.</source>
        <translation>L’horloge de l’ordinateur est très en avance&#xa0;: réglez la date et l’heure, puis refaites la modification.</translation>
    </message>
    <message>
        <source>Outside the lists assigned to you.</source>
        <translation>En dehors des listes qui vous sont attribuées.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
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
    <name>terrain::TurfCutter</name>
    <message>
        <source>Bldg %1</source>
        <translation>Bât. %1</translation>
    </message>
    <message>
        <source>Stair %1</source>
        <translation>Esc. %1</translation>
    </message>
    <message>
        <source>No bureau</source>
        <translation>Sans bureau de vote</translation>
    </message>
</context>
<context>
    <name>terrain::TurnoutGrid</name>
    <message>
        <source>Type the number of voters (e.g. 412).</source>
        <translation>Saisissez le nombre de votants (p. ex. 412).</translation>
    </message>
    <message>
        <source>At close (%1)</source>
        <translation>Clôture (%1)</translation>
    </message>
</context>
<context>
    <name>terrain::VoteMarker</name>
    <message>
        <source>Nobody has that number in this bureau.</source>
        <translation>Personne n’a ce numéro dans ce bureau de vote.</translation>
    </message>
    <message>
        <source>Nobody has number %1 in this bureau.</source>
        <translation>Personne n’a le numéro %1 dans ce bureau de vote.</translation>
    </message>
    <message>
        <source>There is no election %1.</source>
        <translation>Il n’y a pas d’élection %1.</translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation>Le fichier de campagne est occupé.</translation>
    </message>
</context>
<context>
    <name>terrain::WalkSheetRenderer</name>
    <message>
        <source>Not home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
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
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Numéro non attribué</translation>
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
        <source>Call sheet</source>
        <translation>Feuille d’appels</translation>
    </message>
    <message>
        <source>Walk list</source>
        <translation>Liste de porte-à-porte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Prev. support</source>
        <translation>Soutien préc.</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>List code</source>
        <translation>Code de la liste</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Bureaux de vote</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Confidential: personal data collected for this campaign only. Do not copy it, do not leave it unattended, and hand it back to the campaign after the round so that it can be destroyed.</source>
        <translation>Confidentiel&#xa0;: données personnelles collectées pour cette campagne uniquement. Ne les copiez pas, ne les laissez pas sans surveillance et rendez-les à la campagne après la tournée pour qu’elles soient détruites.</translation>
    </message>
    <message>
        <source>Result codes: tick one when the call brought no answers</source>
        <translation>Codes de résultat&#xa0;: cochez-en un si l’appel n’a donné aucune réponse</translation>
    </message>
    <message>
        <source>Result codes: tick one when the person was not surveyed</source>
        <translation>Codes de résultat&#xa0;: cochez-en un si la personne n’a pas été interrogée</translation>
    </message>
    <message>
        <source>1 strong support, 2 leaning support, 3 undecided, 4 leaning against, 5 strong against. Circle the level the person gives.</source>
        <translation>1 soutien ferme, 2 plutôt favorable, 3 indécis, 4 plutôt opposé, 5 très opposé. Entourez le niveau indiqué par la personne.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>Questions: circle the answer</source>
        <translation>Questions&#xa0;: entourez la réponse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>No phone numbers in this list.</source>
        <translation>Aucun numéro de téléphone dans cette liste.</translation>
    </message>
    <message>
        <source>No doors in this list.</source>
        <translation>Aucune porte dans cette liste.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>The printer does not accept this paper size or these margins.</source>
        <translation>L’imprimante n’accepte pas ce format de papier ou ces marges.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Impossible de lancer l’impression.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>L’impression n’a pas abouti.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>Impossible d’écrire le fichier PDF.</translation>
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
    <message>
        <source>Nobody has the uuid or voter key “%1”.</source>
        <translation>Personne n’a l’uuid ou la clé électeur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several people have the voter key “%1”: give the uuid.</source>
        <translation>Plusieurs personnes ont la clé électeur «&#xa0;%1&#xa0;»&#xa0;: indiquez l’uuid.</translation>
    </message>
    <message>
        <source>The result: its id (not_home, answered...) or its key letter.</source>
        <translation>Le résultat&#xa0;: son identifiant (not_home, answered...) ou sa lettre.</translation>
    </message>
    <message>
        <source>A survey answer, QUESTION=ANSWER (question: support, its number or text; answer: an option&apos;s number or text, yes/no). Repeatable.</source>
        <translation>Une réponse à l’enquête, QUESTION=RÉPONSE (question&#xa0;: support, son numéro ou son texte&#xa0;; réponse&#xa0;: le numéro ou le texte d’une option, yes/no). Répétable.</translation>
    </message>
    <message>
        <source>door (default), phone, sms, email or event.</source>
        <translation>door (par défaut), phone, sms, email ou event.</translation>
    </message>
    <message>
        <source>Who made the contact (default: you).</source>
        <translation>Qui a pris le contact (par défaut&#xa0;: vous).</translation>
    </message>
    <message>
        <source>The list it was made from (its code).</source>
        <translation>La liste utilisée pour ce contact (son code).</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: now).</source>
        <translation>Quand (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM&#xa0;; par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>For a call back: when to call (YYYY-MM-DDTHH:MM).</source>
        <translation>Pour un rappel&#xa0;: quand rappeler (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <source>Records a contact attempt with a person and applies its effects (moved, deceased, wrong number, do not call, support level).</source>
        <translation>Enregistre une tentative de contact avec une personne et en applique les effets (déménagé, décédé, mauvais numéro, ne pas appeler, niveau de soutien).</translation>
    </message>
    <message>
        <source>The person&apos;s uuid or voter key.</source>
        <translation>L’uuid ou la clé électeur de la personne.</translation>
    </message>
    <message>
        <source>Name one person.</source>
        <translation>Désignez une personne.</translation>
    </message>
    <message>
        <source>--channel takes door, phone, sms, email or event.</source>
        <translation>--channel accepte door, phone, sms, email ou event.</translation>
    </message>
    <message>
        <source>Say the --result, or the --answer(s) collected.</source>
        <translation>Indiquez le --result, ou la ou les --answer recueillies.</translation>
    </message>
    <message>
        <source>--at takes YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>--at accepte AAAA-MM-JJ ou AAAA-MM-JJTHH:MM.</translation>
    </message>
    <message>
        <source>--callback takes YYYY-MM-DDTHH:MM.</source>
        <translation>--callback accepte AAAA-MM-JJTHH:MM.</translation>
    </message>
    <message>
        <source>“%1” is not a result for %2. Results: %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un résultat pour %2. Résultats&#xa0;: %3</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, not “%1”.</source>
        <translation>--answer accepte QUESTION=RÉPONSE, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No question “%1” in the survey.</source>
        <translation>Aucune question «&#xa0;%1&#xa0;» dans l’enquête.</translation>
    </message>
    <message>
        <source>No list has the code “%1”.</source>
        <translation>Aucune liste n’a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2)</source>
        <translation>Enregistré&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Person: status %1, support %2, do not contact: %3</source>
        <translation>Personne&#xa0;: statut %1, soutien %2, ne pas contacter&#xa0;: %3</translation>
    </message>
    <message>
        <source>The results, CSV with the columns door,person,result,answers (see docs/architecture.md).</source>
        <translation>Les résultats, en CSV avec les colonnes door,person,result,answers (voir docs/architecture.md).</translation>
    </message>
    <message>
        <source>Who walked the list (default: its assignee).</source>
        <translation>Qui a fait la liste (par défaut&#xa0;: la personne à qui elle est attribuée).</translation>
    </message>
    <message>
        <source>When it was walked (YYYY-MM-DD; default: now).</source>
        <translation>Quand elle a été faite (AAAA-MM-JJ&#xa0;; par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Accept a list already entered (its stored doors are kept).</source>
        <translation>Accepter une liste déjà saisie (ses portes enregistrées sont conservées).</translation>
    </message>
    <message>
        <source>Enters a returned walk list (or call sheet) from a file: each row a door or a person, with the result letter and the answer digits of the printed sheet.</source>
        <translation>Saisit depuis un fichier une liste de porte-à-porte (ou une feuille d’appels) rendue&#xa0;: chaque ligne est une porte ou une personne, avec la lettre du résultat et les chiffres des réponses de la feuille imprimée.</translation>
    </message>
    <message>
        <source>The list&apos;s code.</source>
        <translation>Le code de la liste.</translation>
    </message>
    <message>
        <source>Name one list by its code.</source>
        <translation>Désignez une liste par son code.</translation>
    </message>
    <message>
        <source>Give the results with --file.</source>
        <translation>Indiquez les résultats avec --file.</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD.</source>
        <translation>--date accepte AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>List %1 entered: %2 line(s) read.</source>
        <translation>Liste %1 saisie&#xa0;: %2 ligne(s) lue(s).</translation>
    </message>
    <message>
        <source>Doors:          %1 of %2</source>
        <translation>Portes&#xa0;:            %1 sur %2</translation>
    </message>
    <message>
        <source>Attempts:       %1</source>
        <translation>Tentatives&#xa0;:        %1</translation>
    </message>
    <message>
        <source>People reached: %1</source>
        <translation>Personnes jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Supporters:     %1</source>
        <translation>Sympathisants&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Record a contact attempt with a person</source>
        <translation>Enregistrer une tentative de contact avec une personne</translation>
    </message>
    <message>
        <source>Enter a returned walk list from a CSV file</source>
        <translation>Saisir une liste de porte-à-porte rendue depuis un fichier CSV</translation>
    </message>
    <message>
        <source>The election, by name or number (see election list).</source>
        <translation>L’élection, par nom ou numéro (voir election list).</translation>
    </message>
    <message>
        <source>Name the election with --election.</source>
        <translation>Désignez l’élection avec --election.</translation>
    </message>
    <message>
        <source>The election&apos;s name (create).</source>
        <translation>Le nom de l’élection (create).</translation>
    </message>
    <message>
        <source>The day of the vote, YYYY-MM-DD (create).</source>
        <translation>Le jour du vote, AAAA-MM-JJ (create).</translation>
    </message>
    <message>
        <source>1 or 2 (create; default 1).</source>
        <translation>1 ou 2 (create&#xa0;; par défaut 1).</translation>
    </message>
    <message>
        <source>When the polls close, HH:MM (create; default 20:00).</source>
        <translation>L’heure de fermeture des bureaux de vote, HH:MM (create&#xa0;; par défaut 20:00).</translation>
    </message>
    <message>
        <source>An earlier election whose turnout through the day is the expected curve (create).</source>
        <translation>Une élection précédente dont la participation au fil de la journée sert de courbe attendue (create).</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>fermeture %1</translation>
    </message>
    <message>
        <source>An election needs --name and --date.</source>
        <translation>Une élection nécessite --name et --date.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date accepte une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--round takes 1 or 2.</source>
        <translation>--round accepte 1 ou 2.</translation>
    </message>
    <message>
        <source>--closes takes a time as HH:MM.</source>
        <translation>--closes accepte une heure au format HH:MM.</translation>
    </message>
    <message>
        <source>Election %1 created: %2</source>
        <translation>Élection %1 créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bureau, by code.</source>
        <translation>Le bureau de vote, par code.</translation>
    </message>
    <message>
        <source>The time of the figure: HH:MM, or close.</source>
        <translation>L’heure du chiffre&#xa0;: HH:MM, ou close (clôture).</translation>
    </message>
    <message>
        <source>How many have voted.</source>
        <translation>Le nombre de votants.</translation>
    </message>
    <message>
        <source>A CSV file of rows: bureau, time, count (a header line is allowed).</source>
        <translation>Un fichier CSV dont chaque ligne donne&#xa0;: bureau, heure, nombre (une ligne d’en-tête est admise).</translation>
    </message>
    <message>
        <source>Enters the official turnout published during the day (a figure replaces the one entered for the same bureau and time).
  turnout --election E --bureau B --time HH:MM --count N
  turnout --election E --file FILE</source>
        <translation>Saisit la participation officielle publiée au cours de la journée (un chiffre remplace celui saisi pour le même bureau et la même heure).
  turnout --election E --bureau B --time HH:MM --count N
  turnout --election E --file FICHIER</translation>
    </message>
    <message>
        <source>Give either --file, or --bureau, --time and --count.</source>
        <translation>Indiquez soit --file, soit --bureau, --time et --count.</translation>
    </message>
    <message>
        <source>%1 figures entered (%2 new, %3 replaced).</source>
        <translation>%1 chiffres saisis (%2 nouveaux, %3 remplacés).</translation>
    </message>
    <message>
        <source>Give --bureau, --time and --count.</source>
        <translation>Indiquez --bureau, --time et --count.</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation>--count accepte un nombre.</translation>
    </message>
    <message>
        <source>Bureau %1 at %2: %3 voters.</source>
        <translation>Bureau %1 à %2&#xa0;: %3 votants.</translation>
    </message>
    <message>
        <source>The voter&apos;s number on the bureau&apos;s list (numéro d&apos;ordre).</source>
        <translation>Le numéro de l’électeur sur la liste du bureau de vote (numéro d’ordre).</translation>
    </message>
    <message>
        <source>How the campaign knows: phone, volunteer, delegate or signature-list (default volunteer).</source>
        <translation>Comment la campagne le sait&#xa0;: phone, volunteer, delegate ou signature-list (par défaut volunteer).</translation>
    </message>
    <message>
        <source>Who marks (default: the user&apos;s name).</source>
        <translation>Qui pointe (par défaut&#xa0;: le nom de l’utilisateur).</translation>
    </message>
    <message>
        <source>Take back the latest mark this author made on this computer.</source>
        <translation>Annuler le dernier pointage fait par cet auteur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Marks a voter as having voted (a second mark of the same person is ignored).
  mark --election E --bureau B --number N [--source S]
  mark --election E --undo</source>
        <translation>Pointe un électeur comme ayant voté (un second pointage de la même personne est ignoré).
  mark --election E --bureau B --number N [--source S]
  mark --election E --undo</translation>
    </message>
    <message>
        <source>Give --bureau and --number (or --undo).</source>
        <translation>Indiquez --bureau et --number (ou --undo).</translation>
    </message>
    <message>
        <source>--number takes a number.</source>
        <translation>--number accepte un nombre.</translation>
    </message>
    <message>
        <source>No mark of yours to take back.</source>
        <translation>Aucun pointage de votre part à annuler.</translation>
    </message>
    <message>
        <source>Mark taken back: %1 (bureau %2, number %3).</source>
        <translation>Pointage annulé&#xa0;: %1 (bureau %2, numéro %3).</translation>
    </message>
    <message>
        <source>Already marked: %1 (%2, %3, by %4).</source>
        <translation>Déjà pointé&#xa0;: %1 (%2, %3, par %4).</translation>
    </message>
    <message>
        <source>Marked voted: %1 (bureau %2, number %3; %4).</source>
        <translation>Pointé comme ayant voté&#xa0;: %1 (bureau %2, numéro %3&#xa0;; %4).</translation>
    </message>
    <message>
        <source>Election-day figures per bureau, the most supporters still to bring out first.</source>
        <translation>Chiffres du jour du vote par bureau, en commençant par ceux où il reste le plus de sympathisants à mobiliser.</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Sympathisants</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Les nôtres</translation>
    </message>
    <message>
        <source>To bring out</source>
        <translation>À mobiliser</translation>
    </message>
    <message>
        <source>The bureau, by code (repeat, or separate with commas, for several).</source>
        <translation>Le bureau de vote, par code (à répéter, ou à séparer par des virgules, pour plusieurs).</translation>
    </message>
    <message>
        <source>calllist (people to phone), walk (doors to knock) or sms-csv (a file for an SMS gateway).</source>
        <translation>calllist (personnes à appeler), walk (portes où frapper) ou sms-csv (un fichier pour une passerelle SMS).</translation>
    </message>
    <message>
        <source>The file to write (sms-csv).</source>
        <translation>Le fichier à écrire (sms-csv).</translation>
    </message>
    <message>
        <source>The chase list: supporters (support 1-2) of the bureaux not yet marked voted, who may be reached that way, in walk order.</source>
        <translation>La liste de relance&#xa0;: les sympathisants (soutien 1-2) des bureaux de vote, pas encore pointés comme ayant voté, joignables par ce moyen, dans l’ordre de passage.</translation>
    </message>
    <message>
        <source>--format takes calllist, walk or sms-csv.</source>
        <translation>--format accepte calllist, walk ou sms-csv.</translation>
    </message>
    <message>
        <source>Name at least one bureau with --bureau.</source>
        <translation>Désignez au moins un bureau de vote avec --bureau.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>last_name</source>
        <translation>last_name</translation>
    </message>
    <message>
        <source>first_names</source>
        <translation>first_names</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>%1 people written to %2</source>
        <translation>%1 personnes écrites dans %2</translation>
    </message>
    <message>
        <source>The marks to delete, by source (signature-list).</source>
        <translation>Les pointages à supprimer, par source (signature-list).</translation>
    </message>
    <message>
        <source>Deletes an election&apos;s vote marks of one source, on every computer through sync. Marks taken from the signature list must be destroyed after the second round.</source>
        <translation>Supprime les pointages d’une élection provenant d’une source, sur tous les ordinateurs via la synchronisation. Les pointages tirés de la liste d’émargement doivent être détruits après le second tour.</translation>
    </message>
    <message>
        <source>Name the marks to delete with --source.</source>
        <translation>Désignez les pointages à supprimer avec --source.</translation>
    </message>
    <message>
        <source>%1 marks deleted (%2).</source>
        <translation>%1 pointages supprimés (%2).</translation>
    </message>
    <message>
        <source>Create or list elections</source>
        <translation>Créer ou lister les élections</translation>
    </message>
    <message>
        <source>Enter the official turnout of a bureau</source>
        <translation>Saisir la participation officielle d’un bureau de vote</translation>
    </message>
    <message>
        <source>Mark a voter as having voted</source>
        <translation>Pointer un électeur comme ayant voté</translation>
    </message>
    <message>
        <source>Election-day figures per bureau</source>
        <translation>Chiffres du jour du vote par bureau de vote</translation>
    </message>
    <message>
        <source>Supporters still to bring out to vote</source>
        <translation>Sympathisants restant à mobiliser pour voter</translation>
    </message>
    <message>
        <source>Delete an election&apos;s vote marks of one source</source>
        <translation>Supprimer les pointages d’une élection provenant d’une source</translation>
    </message>
    <message>
        <source>Force the separator between columns: &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation>Forcer le séparateur de colonnes&#xa0;: &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; ou &apos;|&apos;.</translation>
    </message>
    <message>
        <source>Unknown separator &apos;%1&apos;: use &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation>Séparateur «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; ou &apos;|&apos;.</translation>
    </message>
    <message>
        <source>Give either --filter or --bureau, not both.</source>
        <translation>Indiquez soit --filter, soit --bureau, pas les deux.</translation>
    </message>
    <message>
        <source>The filter as JSON, e.g. {&quot;bureaux&quot;: [&quot;1&quot;], &quot;support&quot;: [1, 2]} (see the user guide).</source>
        <translation>Le filtre en JSON, par ex. {&quot;bureaux&quot;: [&quot;1&quot;], &quot;support&quot;: [1, 2]} (voir le guide de l’utilisateur).</translation>
    </message>
    <message>
        <source>People of this bureau (by code; repeat for several).</source>
        <translation>Les personnes de ce bureau de vote (par code&#xa0;; à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Saved filters of people.
  segment create NAME --filter JSON | --bureau CODE...
  segment list
  segment count NAME | --filter JSON | --bureau CODE...
  segment remove NAME</source>
        <translation>Filtres de personnes enregistrés.
  segment create NOM --filter JSON | --bureau CODE...
  segment list
  segment count NOM | --filter JSON | --bureau CODE...
  segment remove NOM</translation>
    </message>
    <message>
        <source>create, list, count or remove.</source>
        <translation>create, list, count ou remove.</translation>
    </message>
    <message>
        <source>The segment&apos;s name.</source>
        <translation>Le nom du segment.</translation>
    </message>
    <message>
        <source>Say what to do: create, list, count or remove.</source>
        <translation>Indiquez quoi faire&#xa0;: create, list, count ou remove.</translation>
    </message>
    <message>
        <source>Name the segment.</source>
        <translation>Indiquez le segment.</translation>
    </message>
    <message>
        <source>Segment “%1” removed.</source>
        <translation>Segment «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Give either a segment&apos;s name or a filter, not both.</source>
        <translation>Indiquez soit le nom d’un segment, soit un filtre, pas les deux.</translation>
    </message>
    <message>
        <source>counted in %1 ms</source>
        <translation>compté en %1 ms</translation>
    </message>
    <message>
        <source>Segment “%1” created: %2 people.</source>
        <translation>Segment «&#xa0;%1&#xa0;» créé&#xa0;: %2 personnes.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>DOORS</source>
        <translation>PORTES</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONNES</translation>
    </message>
    <message>
        <source>CONTACTED</source>
        <translation>CONTACTÉS</translation>
    </message>
    <message>
        <source>VOLUNTEER</source>
        <translation>BÉNÉVOLE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Format de papier&#xa0;: a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>The segment whose people to walk.</source>
        <translation>Le segment dont les personnes sont à visiter.</translation>
    </message>
    <message>
        <source>Also print each list made to a PDF: FILE.pdf gives FILE-CODE.pdf, one a list.</source>
        <translation>Imprimer aussi chaque liste créée en PDF&#xa0;: FICHIER.pdf donne FICHIER-CODE.pdf, un par liste.</translation>
    </message>
    <message>
        <source>Name the segment with --segment.</source>
        <translation>Désignez le segment avec --segment.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper accepte a4 ou letter.</translation>
    </message>
    <message>
        <source>--doors takes a number from 1 to 1000.</source>
        <translation>--doors accepte un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Imprimé dans %1</translation>
    </message>
    <message>
        <source>The segment whose people to call.</source>
        <translation>Le segment dont les personnes sont à appeler.</translation>
    </message>
    <message>
        <source>Numbers per list (default: one list).</source>
        <translation>Numéros par liste (par défaut&#xa0;: une seule liste).</translation>
    </message>
    <message>
        <source>Makes call lists of a segment&apos;s people with a usable phone who have not opted out of calls.</source>
        <translation>Crée des listes d’appels avec les personnes d’un segment qui ont un téléphone utilisable et n’ont pas refusé les appels.</translation>
    </message>
    <message>
        <source>--size takes a positive number.</source>
        <translation>--size accepte un nombre positif.</translation>
    </message>
    <message>
        <source>Lists the walk and call lists with their status and progress.</source>
        <translation>Affiche les listes de porte-à-porte et d’appels avec leur statut et leur avancement.</translation>
    </message>
    <message>
        <source>The volunteer&apos;s name (empty to clear).</source>
        <translation>Le nom du bénévole (vide pour retirer).</translation>
    </message>
    <message>
        <source>Assigns a list to a volunteer.</source>
        <translation>Attribue une liste à un bénévole.</translation>
    </message>
    <message>
        <source>Give one list code and --to NAME.</source>
        <translation>Indiquez un code de liste et --to NOM.</translation>
    </message>
    <message>
        <source>List %1 has no volunteer now.</source>
        <translation>La liste %1 n’a plus de bénévole.</translation>
    </message>
    <message>
        <source>List %1 assigned to %2.</source>
        <translation>Liste %1 attribuée à %2.</translation>
    </message>
    <message>
        <source>new, out, returned or entered.</source>
        <translation>new, out, returned ou entered.</translation>
    </message>
    <message>
        <source>Shows or sets a list&apos;s status. A list moves one step at a time, forward or back: new, out (needs a volunteer), returned, entered.</source>
        <translation>Affiche ou définit le statut d’une liste. Une liste avance d’une étape à la fois, en avant ou en arrière&#xa0;: new, out (nécessite un bénévole), returned, entered.</translation>
    </message>
    <message>
        <source>Give one list code.</source>
        <translation>Indiquez un code de liste.</translation>
    </message>
    <message>
        <source>--set takes new, out, returned or entered.</source>
        <translation>--set accepte new, out, returned ou entered.</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced).</source>
        <translation>Le fichier PDF à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>Prints a walk list or call sheet to PDF: the people in walk order, the campaign&apos;s result codes and survey questions.</source>
        <translation>Imprime une liste de porte-à-porte ou une feuille d’appels en PDF&#xa0;: les personnes dans l’ordre de passage, les codes de résultat et les questions d’enquête de la campagne.</translation>
    </message>
    <message>
        <source>Give one list code and --pdf FILE.</source>
        <translation>Indiquez un code de liste et --pdf FICHIER.</translation>
    </message>
    <message>
        <source>Create, list and count segments (saved filters)</source>
        <translation>Créer, lister et compter les segments (filtres enregistrés)</translation>
    </message>
    <message>
        <source>Make a call list from a segment</source>
        <translation>Créer une liste d’appels à partir d’un segment</translation>
    </message>
    <message>
        <source>Show the lists and their progress</source>
        <translation>Afficher les listes et leur avancement</translation>
    </message>
    <message>
        <source>Assign a list to a volunteer</source>
        <translation>Attribuer une liste à un bénévole</translation>
    </message>
    <message>
        <source>Show or set a list&apos;s status</source>
        <translation>Afficher ou définir le statut d’une liste</translation>
    </message>
    <message>
        <source>Print a list to PDF</source>
        <translation>Imprimer une liste en PDF</translation>
    </message>
    <message>
        <source>The server, e.g. https://sync.example.org or http://127.0.0.1:8765.</source>
        <translation>Le serveur, par ex. https://sync.example.org ou http://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Your user name on the server.</source>
        <translation>Votre nom d’utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>--server takes an http:// or https:// address.</source>
        <translation>--server accepte une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>--user est obligatoire.</translation>
    </message>
    <message>
        <source>Passwords and voters&apos; data only travel encrypted: use an https:// address.</source>
        <translation>Les mots de passe et les données des électeurs ne circulent que chiffrés&#xa0;: utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Synced in %1 ms: %2 rows sent, %3 received (%4 changed here); %5 KiB sent, %6 KiB received (gzip, as on the wire).</source>
        <translation>Synchronisé en %1 ms&#xa0;: %2 lignes envoyées, %3 reçues (%4 modifiées ici)&#xa0;; %5 Kio envoyés, %6 Kio reçus (gzip, tels que transmis).</translation>
    </message>
    <message>
        <source>The server was restored from a backup: this laptop sent everything again.</source>
        <translation>Le serveur a été restauré à partir d’une sauvegarde&#xa0;: cet ordinateur a tout renvoyé.</translation>
    </message>
    <message>
        <source>%1 conflicting values kept in the conflict log for review.</source>
        <translation>%1 valeurs en conflit conservées dans le journal des conflits pour vérification.</translation>
    </message>
    <message>
        <source>%1 changes refused by the server (see the rejected changes).</source>
        <translation>%1 modifications refusées par le serveur (voir les modifications rejetées).</translation>
    </message>
    <message>
        <source>%1 rows wait for rows they refer to.</source>
        <translation>%1 lignes attendent les lignes auxquelles elles font référence.</translation>
    </message>
    <message>
        <source>sync the campaign with terrain-server</source>
        <translation>synchroniser la campagne avec terrain-server</translation>
    </message>
    <message>
        <source>The folder of --pdf does not exist.</source>
        <translation>Le dossier de --pdf n’existe pas.</translation>
    </message>
    <message>
        <source>No exports yet.</source>
        <translation>Aucun export pour l’instant.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Export the people of this saved segment (name, UUID or id).</source>
        <translation>Exporter les personnes de ce segment enregistré (nom, UUID ou id).</translation>
    </message>
    <message>
        <source>Export the people of this walk or call list (its code).</source>
        <translation>Exporter les personnes de cette liste de porte-à-porte ou d’appels (son code).</translation>
    </message>
    <message>
        <source>The columns, comma-separated (see below).</source>
        <translation>Les colonnes, séparées par des virgules (voir ci-dessous).</translation>
    </message>
    <message>
        <source>none (the default), phone, sms, email or door: people who opted out of that channel or cannot be reached on it are left out.</source>
        <translation>none (par défaut), phone, sms, email ou door&#xa0;: les personnes qui se sont désinscrites de ce canal ou qui ne peuvent pas y être jointes sont exclues.</translation>
    </message>
    <message>
        <source>Everyone export: also people who left the list.</source>
        <translation>Export de tout le monde&#xa0;: inclure aussi les personnes qui ont quitté la liste.</translation>
    </message>
    <message>
        <source>Print the export log instead of exporting.</source>
        <translation>Afficher le journal des exports au lieu d’exporter.</translation>
    </message>
    <message>
        <source>Exports the campaign&apos;s people (everyone, a segment or a list). Cells that a spreadsheet would run as a formula are neutralised; phone and email columns hold only numbers and addresses the person may be contacted on. Every export is logged.

Columns: %1
Default columns: %2 (everyone: %3)</source>
        <translation>Exporte les personnes de la campagne (tout le monde, un segment ou une liste). Les cellules qu’un tableur exécuterait comme une formule sont neutralisées&#xa0;; les colonnes de téléphone et d’e-mail ne contiennent que les numéros et adresses auxquels la personne accepte d’être contactée. Chaque export est journalisé.

Colonnes&#xa0;: %1
Colonnes par défaut&#xa0;: %2 (tout le monde&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Choose --segment or --list, not both.</source>
        <translation>Choisissez --segment ou --list, pas les deux.</translation>
    </message>
    <message>
        <source>Show only the latest N exports.</source>
        <translation>N’afficher que les N derniers exports.</translation>
    </message>
    <message>
        <source>Prints the export log, newest first: when, who, how many rows, what, which file.</source>
        <translation>Affiche le journal des exports, du plus récent au plus ancien&#xa0;: quand, qui, combien de lignes, quoi, quel fichier.</translation>
    </message>
    <message>
        <source>--limit takes a number of exports, 1 or more.</source>
        <translation>--limit attend un nombre d’exports, 1 ou plus.</translation>
    </message>
    <message>
        <source>Export people, a segment or a list to CSV or XLSX</source>
        <translation>Exporter des personnes, un segment ou une liste en CSV ou XLSX</translation>
    </message>
    <message>
        <source>Show the export log</source>
        <translation>Afficher le journal des exports</translation>
    </message>
    <message>
        <source>Name the bureau with --bureau.</source>
        <translation>Indiquez le bureau de vote avec --bureau.</translation>
    </message>
    <message>
        <source>Give --registered, --expected or both.</source>
        <translation>Indiquez --registered, --expected ou les deux.</translation>
    </message>
    <message>
        <source>--registered takes a number or none.</source>
        <translation>--registered attend un nombre ou none.</translation>
    </message>
    <message>
        <source>--expected takes a rate such as 62% or 0.62, or none.</source>
        <translation>--expected attend un taux comme 62% ou 0.62, ou none.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The bureau, by code (bureau).</source>
        <translation>Le bureau de vote, par code (bureau).</translation>
    </message>
    <message>
        <source>The official number of registered voters, or none for the campaign&apos;s count (bureau).</source>
        <translation>Le nombre officiel d’électeurs inscrits, ou none pour le décompte de la campagne (bureau).</translation>
    </message>
    <message>
        <source>The final turnout expected, as 62% or 0.62, or none for the bureau&apos;s own (bureau).</source>
        <translation>La participation finale attendue, sous la forme 62% ou 0.62, ou none pour celle propre au bureau (bureau).</translation>
    </message>
    <message>
        <source>Elections.
  election create --name NAME --date YYYY-MM-DD [--round 1|2] [--closes HH:MM] [--reference ELECTION]
  election list
  election bureaux --election E
  election bureau --election E --bureau B [--registered N|none] [--expected RATE|none]</source>
        <translation>Élections.
  election create --name NOM --date AAAA-MM-JJ [--round 1|2] [--closes HH:MM] [--reference ÉLECTION]
  election list
  election bureaux --election E
  election bureau --election E --bureau B [--registered N|none] [--expected TAUX|none]</translation>
    </message>
    <message>
        <source>create, list, bureaux or bureau.</source>
        <translation>create, list, bureaux ou bureau.</translation>
    </message>
    <message>
        <source>Say create, list, bureaux or bureau.</source>
        <translation>Précisez create, list, bureaux ou bureau.</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>Par procuration</translation>
    </message>
    <message>
        <source>Also make the list of exactly these people: a call list for the phone bank (calllist) or walk lists (walk).</source>
        <translation>Créer aussi la liste exacte de ces personnes&#xa0;: une liste d’appels pour le phoning (calllist) ou des listes de porte-à-porte (walk).</translation>
    </message>
    <message>
        <source>--make-list goes with calllist or walk.</source>
        <translation>--make-list s’utilise avec calllist ou walk.</translation>
    </message>
    <message>
        <source>Chase %1 – bureau %2</source>
        <translation>Relance %1 – bureau %2</translation>
    </message>
    <message>
        <source>List %1 made: %2 (%3 people).</source>
        <translation>Liste %1 créée&#xa0;: %2 (%3 personnes).</translation>
    </message>
    <message>
        <source>proxy: %1 (%2)</source>
        <translation>procuration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The voter&apos;s bureau, by code (set, remove).</source>
        <translation>Le bureau de vote de l’électeur, par code (set, remove).</translation>
    </message>
    <message>
        <source>The voter&apos;s numéro d&apos;ordre (set, remove).</source>
        <translation>Le numéro d’ordre de l’électeur (set, remove).</translation>
    </message>
    <message>
        <source>Who votes for them (set).</source>
        <translation>Qui vote à sa place (set).</translation>
    </message>
    <message>
        <source>needed, requested, established (confirmed) or cancelled (set; default requested).</source>
        <translation>needed, requested, established (confirmée) ou cancelled (set&#xa0;; par défaut requested).</translation>
    </message>
    <message>
        <source>A note (set).</source>
        <translation>Une note (set).</translation>
    </message>
    <message>
        <source>The proxy covers every election of the campaign, not only --election (set).</source>
        <translation>La procuration vaut pour toutes les élections de la campagne, pas seulement pour --election (set).</translation>
    </message>
    <message>
        <source>Proxy votes (procurations) per voter.
  proxy list --election E
  proxy set --election E --bureau B --number N --holder NAME [--status S] [--note TEXT]
  proxy remove --election E --bureau B --number N</source>
        <translation>Procurations par électeur.
  proxy list --election E
  proxy set --election E --bureau B --number N --holder NOM [--status S] [--note TEXTE]
  proxy remove --election E --bureau B --number N</translation>
    </message>
    <message>
        <source>list, set or remove.</source>
        <translation>list, set ou remove.</translation>
    </message>
    <message>
        <source>Say list, set or remove.</source>
        <translation>Précisez list, set ou remove.</translation>
    </message>
    <message>
        <source>Name the voter with --bureau and --number.</source>
        <translation>Désignez l’électeur avec --bureau et --number.</translation>
    </message>
    <message>
        <source>Name the proxy holder with --holder.</source>
        <translation>Indiquez le mandataire avec --holder.</translation>
    </message>
    <message>
        <source>Proxy of %1: %2 (%3).</source>
        <translation>Procuration de %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has no proxy.</source>
        <translation>%1 n’a pas de procuration.</translation>
    </message>
    <message>
        <source>Proxy of %1 removed.</source>
        <translation>Procuration de %1 supprimée.</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <source>Proxy votes (procurations) per voter</source>
        <translation>Procurations par électeur</translation>
    </message>
    <message>
        <source>Cut by hand: the people of this street or lieu-dit (repeat for several).</source>
        <translation>Découpage à la main&#xa0;: les personnes de cette rue ou de ce lieu-dit (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>With --street: odd, even or both (default).</source>
        <translation>Avec --street&#xa0;: odd (impairs), even (pairs) ou both (les deux, par défaut).</translation>
    </message>
    <message>
        <source>With --street: only its voters of this bureau (by code; repeat for several).</source>
        <translation>Avec --street&#xa0;: seulement ses électeurs de ce bureau de vote (par code&#xa0;; à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>The list&apos;s name (needed with --street).</source>
        <translation>Le nom de la liste (obligatoire avec --street).</translation>
    </message>
    <message>
        <source>Doors per turf (default 50; with --street: every door in one list).</source>
        <translation>Portes par secteur (50 par défaut&#xa0;; avec --street&#xa0;: toutes les portes dans une seule liste).</translation>
    </message>
    <message>
        <source>Cuts a segment&apos;s doors into walk lists (turfs) in walk order, or makes a list of streets picked by hand:
  walklist --segment NAME [--doors N]
  walklist --street NAME... [--side odd|even] [--bureau CODE...] --name NAME [--doors N]</source>
        <translation>Découpe les portes d’un segment en listes de porte-à-porte (secteurs) dans l’ordre de passage, ou crée une liste de rues choisies à la main&#xa0;:
  walklist --segment NOM [--doors N]
  walklist --street NOM... [--side odd|even] [--bureau CODE...] --name NOM [--doors N]</translation>
    </message>
    <message>
        <source>Give either --segment or --street.</source>
        <translation>Indiquez soit --segment, soit --street.</translation>
    </message>
    <message>
        <source>--side and --bureau go with --street.</source>
        <translation>--side et --bureau s’utilisent avec --street.</translation>
    </message>
    <message>
        <source>--side takes odd, even or both.</source>
        <translation>--side attend odd, even ou both.</translation>
    </message>
    <message>
        <source>Name the list with --name.</source>
        <translation>Indiquez le nom de la liste avec --name.</translation>
    </message>
    <message>
        <source>Cut a segment, or streets picked by hand, into walk lists</source>
        <translation>Découper un segment, ou des rues choisies à la main, en listes de porte-à-porte</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <source>This terrain-cli was built without the system keychain: give the password on standard input.</source>
        <translation>Ce terrain-cli a été compilé sans le trousseau du système&#xa0;: donnez le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Keep the sign-in in the system keychain (as the desktop app does), so later syncs need no password until it expires.</source>
        <translation>Conserver la connexion dans le trousseau du système (comme le fait l’application de bureau), pour que les synchronisations suivantes n’aient pas besoin de mot de passe jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>Sign out: remove the sign-in from the system keychain and revoke it on the server.</source>
        <translation>Se déconnecter&#xa0;: supprimer la connexion du trousseau du système et la révoquer sur le serveur.</translation>
    </message>
    <message>
        <source>Sends this campaign&apos;s changes to the server and receives the others&apos;. The password is read from the first line of standard input; without one, the sign-in kept in the system keychain (by --remember or the desktop app&apos;s Sync page) is used.</source>
        <translation>Envoie les modifications de cette campagne au serveur et reçoit celles des autres. Le mot de passe est lu sur la première ligne de l’entrée standard&#xa0;; à défaut, la connexion conservée dans le trousseau du système (par --remember ou par la page Synchronisation de l’application de bureau) est utilisée.</translation>
    </message>
    <message>
        <source>Signed out: %1 is no longer kept in the keychain.</source>
        <translation>Déconnecté&#xa0;: %1 n’est plus conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Give the password on standard input (or sign in once with --remember).</source>
        <translation>Donnez le mot de passe sur l’entrée standard (ou connectez-vous une fois avec --remember).</translation>
    </message>
    <message>
        <source>The sign-in kept in the keychain has expired: give the password on standard input (with --remember to keep the new one).</source>
        <translation>La connexion conservée dans le trousseau a expiré&#xa0;: donnez le mot de passe sur l’entrée standard (avec --remember pour conserver la nouvelle).</translation>
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
<context>
    <name>terrain::server</name>
    <message>
        <source>create the server&apos;s database</source>
        <translation>créer la base de données du serveur</translation>
    </message>
    <message>
        <source>serve the sync protocol</source>
        <translation>servir le protocole de synchronisation</translation>
    </message>
    <message>
        <source>add, passwd, disable, enable, list accounts</source>
        <translation>gérer les comptes&#xa0;: add, passwd, disable, enable, list</translation>
    </message>
    <message>
        <source>write a backup of the database</source>
        <translation>écrire une sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>restore a backup (new epoch)</source>
        <translation>restaurer une sauvegarde (nouvelle époque)</translation>
    </message>
    <message>
        <source>start a new epoch after a manual restore</source>
        <translation>démarrer une nouvelle époque après une restauration manuelle</translation>
    </message>
</context>
</TS>
