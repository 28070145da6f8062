"""Le Courrier des Alpes (fr): ten articles. Synthetic text written for the nouvelles demo."""

ARTICLES = [
    {
        "id": "courrier-1001",
        "event": "port-strike",
        "path": "economie/2026/greve-des-dockers-a-valmare",
        "section": "Économie",
        "author": "Claire Dumontel",
        "hours_ago": 5,
        "updated_hours_ago": 3,
        "tags": ["Valmare", "grève", "transport maritime"],
        "image": {
            "motif": "cranes",
            "alt": "Des grues de chargement immobiles sur un quai au lever du jour",
            "caption": "Les portiques du terminal nord sont restés à l'arrêt toute la journée.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Grève des dockers à Valmare : le premier port de la côte paralysé",
            "lead": "Les dockers de Valmare ont cessé le travail lundi à l'aube pour réclamer une revalorisation des primes de nuit. Une quarantaine de navires attendent au large.",
            "blocks": [
                (
                    "p",
                    "Depuis six heures du matin, aucun conteneur n'a quitté les quais du terminal nord. Le syndicat des dockers a voté la grève à une large majorité dimanche soir, après l'échec d'une ultime réunion avec l'autorité portuaire.",
                ),
                (
                    "p",
                    "Les revendications portent sur les primes de nuit, inchangées depuis huit ans, et sur le remplacement de portiques jugés dangereux.",
                ),
                (
                    "quote",
                    "Nous ne demandons pas la lune, seulement que nos nuits soient payées ce qu'elles valent.",
                    "Marta Quiroga",
                ),
                ("h", "Des files de camions jusqu'à l'autoroute"),
                (
                    "p",
                    "La préfecture a ouvert une aire d'attente pour les poids lourds. Selon l'autorité portuaire, chaque journée d'arrêt retarde près de 9 000 conteneurs.",
                ),
                (
                    "list",
                    [
                        "Terminal nord : à l'arrêt",
                        "Terminal sud : service minimal pour les produits frais",
                        "Ferries de passagers : maintenus",
                    ],
                ),
                (
                    "p",
                    "Une nouvelle réunion est prévue mercredi en présence d'un médiateur désigné par la région.",
                ),
            ],
        },
    },
    {
        "id": "courrier-1002",
        "event": "glacier-probe",
        "path": "sciences/2026/une-sonde-sous-le-glacier-de-l-orvel",
        "section": "Sciences",
        "author": "Étienne Varnier",
        "hours_ago": 20,
        "tags": ["glaciers", "climat", "recherche"],
        "image": {
            "motif": "mountains",
            "alt": "Un glacier entre deux sommets enneigés sous un ciel clair",
            "caption": "Le glacier de l'Orvel a perdu près d'un tiers de son épaisseur en quarante ans.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Une sonde descend à 300 mètres sous le glacier de l'Orvel",
            "lead": "Des glaciologues ont fait descendre une sonde autonome jusqu'au lit rocheux du glacier de l'Orvel. Elle mesurera pendant un an l'eau qui circule sous la glace.",
            "blocks": [
                (
                    "p",
                    "Il a fallu trois jours de forage à l'eau chaude pour percer les 312 mètres de glace. La sonde, baptisée Taupe-3, repose désormais sur la roche et transmet ses mesures par un câble.",
                ),
                (
                    "quote",
                    "C'est sous la glace que se joue la vitesse à laquelle un glacier glisse, et nous n'y avions encore jamais regardé aussi longtemps.",
                    "Inès Barreto",
                ),
                (
                    "p",
                    "L'équipe de l'Institut alpin de recherche sur la neige veut comprendre pourquoi la langue du glacier accélère au printemps.",
                ),
                ("h", "Ce que mesure la sonde"),
                (
                    "list",
                    [
                        "la pression de l'eau sous la glace",
                        "la température du lit rocheux",
                        "les vibrations causées par le glissement",
                    ],
                ),
                ("p", "Les premières données seront publiées en libre accès à l'automne."),
            ],
        },
    },
    {
        "id": "courrier-1003",
        "event": "coastal-train",
        "path": "economie/2026/la-ligne-cotiere-ouvre-lundi",
        "section": "Économie",
        "author": "Claire Dumontel",
        "hours_ago": 30,
        "tags": ["rail", "Valmare", "transports"],
        "image": {
            "motif": "rails",
            "alt": "Une voie ferrée longeant la mer au coucher du soleil",
            "caption": "Sur 40 kilomètres, la voie longe directement le rivage.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "La ligne ferroviaire côtière entre Valmare et Port-Estève ouvre lundi",
            "lead": "Après neuf ans de travaux, le premier train régulier reliera les deux villes en 1 h 50, contre plus de trois heures par la route.",
            "blocks": [
                (
                    "p",
                    "La nouvelle ligne compte 212 kilomètres, onze gares et quatorze tunnels. Seize allers-retours quotidiens sont prévus dès la première semaine.",
                ),
                (
                    "p",
                    "Le chantier a coûté 3,4 milliards d'euros, soit 600 millions de plus que prévu, en raison de la consolidation des falaises.",
                ),
                (
                    "quote",
                    "Cette ligne change la géographie de la côte : on pourra vivre à Port-Estève et travailler à Valmare.",
                    "Paolo Rinaldi",
                ),
                ("h", "Les tarifs"),
                (
                    "list",
                    [
                        "Trajet complet : 24 euros",
                        "Abonnement mensuel : 89 euros",
                        "Gratuit pour les moins de 12 ans",
                    ],
                ),
            ],
        },
    },
    {
        "id": "courrier-1004",
        "event": "film-festival",
        "path": "culture/2026/lanterne-d-or-pour-amaia-ortuzar",
        "section": "Culture",
        "author": "Sophie Lenglet",
        "hours_ago": 44,
        "tags": ["cinéma", "festival de Sorrenza"],
        "image": {
            "motif": "film",
            "alt": "Une bobine de film et un projecteur dessinés en aplats de couleur",
            "caption": "Le palmarès a été annoncé samedi soir sur la place du port.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Festival de Sorrenza : la Lanterne d'or pour un premier film, « Les Heures de sel »",
            "lead": "La réalisatrice Amaia Ortuzar remporte la récompense suprême avec l'histoire de trois sœurs qui reprennent un marais salant.",
            "blocks": [
                (
                    "p",
                    "C'est la première fois en trente-deux éditions qu'un premier long métrage reçoit la Lanterne d'or. Le jury a salué « une mise en scène d'une patience rare ».",
                ),
                (
                    "p",
                    "Tourné en langue basque et en espagnol avec des actrices non professionnelles, le film a été financé en partie par une coopérative de spectateurs.",
                ),
                (
                    "quote",
                    "Je dédie ce prix aux sauniers qui nous ont appris à attendre le vent.",
                    "Amaia Ortuzar",
                ),
                ("h", "Le reste du palmarès"),
                (
                    "list",
                    [
                        "Prix de la mise en scène : « Nord magnétique »",
                        "Prix d'interprétation : Lea Varga",
                        "Prix du public : « Les Heures de sel »",
                    ],
                ),
            ],
        },
    },
    {
        "id": "courrier-1005",
        "event": "marathon-record",
        "path": "sports/2026/record-du-parcours-au-marathon-de-lisandra",
        "section": "Sports",
        "author": "Marc Olivetti",
        "hours_ago": 60,
        "tags": ["athlétisme", "marathon"],
        "image": {
            "motif": "track",
            "alt": "Des silhouettes de coureurs sur une route bordée de spectateurs",
            "caption": "Adaeze Okonkwo-Lind a couru seule en tête les quinze derniers kilomètres.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Marathon de Lisandra : Adaeze Okonkwo-Lind pulvérise le record du parcours",
            "lead": "En 2 h 17 min 42 s, la coureuse améliore de plus de deux minutes le record féminin de l'épreuve, malgré un vent de face sur le front de mer.",
            "blocks": [
                (
                    "p",
                    "Partie prudemment, elle a accéléré au 27e kilomètre et n'a plus été rejointe. Sa dauphine a franchi la ligne près de trois minutes plus tard.",
                ),
                (
                    "quote",
                    "Au 35e kilomètre, je n'entendais plus que la foule et mon souffle.",
                    "Adaeze Okonkwo-Lind",
                ),
                (
                    "p",
                    "Chez les hommes, la victoire revient à un débutant sur la distance, vainqueur au sprint.",
                ),
                (
                    "p",
                    "Plus de 14 000 coureurs ont pris le départ, un record de participation pour la course.",
                ),
            ],
        },
    },
    {
        "id": "courrier-1006",
        "event": "river-flood",
        "path": "international/2026/crue-de-l-arda-montesca-evacuee",
        "section": "International",
        "author": "Étienne Varnier",
        "hours_ago": 9,
        "tags": ["inondations", "Arda", "climat"],
        "image": {
            "motif": "rain",
            "alt": "Une rivière en crue sous une pluie battante, des toits au bord de l'eau",
            "caption": "L'Arda a dépassé de 2,6 mètres son niveau habituel à Montesca.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Crue de l'Arda : 3 400 habitants évacués à Montesca",
            "lead": "Après quatre jours de pluies continues, la rivière est sortie de son lit dans la nuit. Aucune victime n'est signalée.",
            "blocks": [
                (
                    "p",
                    "Les quartiers bas de Montesca ont été évacués vers le gymnase et deux écoles. Les secours ont effectué plus de 200 interventions en bateau.",
                ),
                (
                    "quote",
                    "Nous avons réveillé les gens porte à porte ; tout le monde est parti à temps.",
                    "Giulia Ferraz",
                ),
                ("h", "Les consignes"),
                (
                    "list",
                    [
                        "Ne pas circuler sur les routes inondées",
                        "Couper le gaz et l'électricité avant de quitter son logement",
                        "Appeler le 112 en cas de danger",
                    ],
                ),
                (
                    "p",
                    "La décrue n'est pas attendue avant jeudi, selon le service de prévision des crues.",
                ),
            ],
        },
    },
    {
        "id": "courrier-1007",
        "event": "solar-farm",
        "path": "sciences/2026/centrale-solaire-flottante-santa-irene",
        "section": "Sciences",
        "author": "Étienne Varnier",
        "hours_ago": 80,
        "tags": ["énergie solaire", "énergie"],
        "image": {
            "motif": "sun",
            "alt": "Des rangées de panneaux solaires flottant sur un lac de montagne",
            "caption": "Les panneaux couvrent un huitième de la surface du réservoir.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "La plus grande centrale solaire flottante des Andes entre en service",
            "lead": "Sur le réservoir de Santa Irene, 96 000 panneaux produiront 48 mégawatts, de quoi alimenter une ville de 60 000 habitants.",
            "blocks": [
                (
                    "p",
                    "Posés sur des flotteurs en plastique recyclé, les panneaux réduisent aussi l'évaporation du réservoir, précieuse en saison sèche.",
                ),
                (
                    "p",
                    "L'exploitant, Helios Andina, estime que l'eau rafraîchit les cellules et améliore leur rendement de quelques pour cent.",
                ),
                (
                    "quote",
                    "Un réservoir couvert garde son eau : c'est un double bénéfice pour les agriculteurs de la vallée.",
                    "Rodrigo Salcedo",
                ),
            ],
        },
    },
    {
        "id": "courrier-1008",
        "event": "water-summit",
        "path": "international/2026/accord-de-cordova-sur-l-eau",
        "section": "International",
        "author": "Nadia Berthomieu",
        "hours_ago": 26,
        "tags": ["eau", "diplomatie", "Arda"],
        "image": {
            "motif": "city",
            "alt": "Des bâtiments officiels sous un ciel dégagé, drapeaux au vent",
            "caption": "Les cinq délégations ont signé l'accord au palais des congrès de Cordova.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Cinq régions signent l'accord de Cordova sur le partage de l'eau de l'Arda",
            "lead": "Après deux jours de négociations, les régions riveraines se sont engagées à réduire de 20 % les prélèvements agricoles d'ici à 2040.",
            "blocks": [
                (
                    "p",
                    "L'accord crée une commission commune chargée de publier chaque mois le débit du fleuve et les volumes prélevés par chaque région.",
                ),
                ("h", "Les principaux engagements"),
                (
                    "ol",
                    [
                        "Réduire de 20 % les prélèvements agricoles d'ici à 2040",
                        "Garantir un débit minimal en été",
                        "Partager les données des stations de mesure",
                    ],
                ),
                (
                    "quote",
                    "Pour la première fois, l'amont et l'aval regardent le même fleuve.",
                    "Helena Mouratidis",
                ),
                (
                    "p",
                    "Les associations environnementales saluent un « pas nécessaire » mais regrettent l'absence de sanctions.",
                ),
            ],
        },
    },
    {
        "id": "courrier-1009",
        "event": "monastery-manuscripts",
        "path": "culture/2026/manuscrits-retrouves-san-telmo",
        "section": "Culture",
        "author": "Sophie Lenglet",
        "hours_ago": 100,
        "tags": ["patrimoine", "livres", "histoire"],
        "image": {
            "motif": "book",
            "alt": "Un manuscrit ouvert aux pages enluminées",
            "caption": "Certains feuillets portent encore des traces de dorure.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Trente-sept manuscrits médiévaux retrouvés dans un monastère de la sierra",
            "lead": "Cachés derrière une cloison de la bibliothèque de San Telmo, les volumes datent pour certains du XIIe siècle.",
            "blocks": [
                (
                    "p",
                    "La découverte a eu lieu lors de travaux d'isolation. Les ouvriers ont remarqué qu'un mur sonnait creux.",
                ),
                (
                    "p",
                    "Les manuscrits comprennent des traités de médecine, un herbier et des registres de péages sur les cols.",
                ),
                (
                    "quote",
                    "Les registres de péages nous diront qui franchissait la montagne, et avec quelles marchandises.",
                    "Rosa Mendieta",
                ),
                ("p", "Ils seront numérisés avant toute restauration."),
            ],
        },
    },
    {
        "id": "courrier-1010",
        "event": "cycling-stage",
        "path": "sports/2026/cardenas-s-impose-au-paso-alto",
        "section": "Sports",
        "author": "Marc Olivetti",
        "hours_ago": 14,
        "tags": ["cyclisme", "Tour de la Cordillère"],
        "image": {
            "motif": "mountains",
            "alt": "Une route en lacets montant vers un col enneigé",
            "caption": "L'arrivée était jugée à 4 100 mètres d'altitude.",
            "credit": "Illustration Courrier des Alpes",
        },
        "original": {
            "title": "Tour de la Cordillère : Julián Cárdenas s'impose au sommet du Paso Alto",
            "lead": "Le grimpeur a lâché ses adversaires à six kilomètres de l'arrivée et prend le maillot de leader.",
            "blocks": [
                (
                    "p",
                    "La septième étape, longue de 168 kilomètres, s'achevait par une montée de 24 kilomètres à 6 % de moyenne.",
                ),
                (
                    "quote",
                    "Là-haut, l'air manque, alors on pédale avec la tête.",
                    "Julián Cárdenas",
                ),
                (
                    "p",
                    "Il devance de 48 secondes le tenant du titre, qui reste deuxième du classement général.",
                ),
            ],
        },
    },
]
