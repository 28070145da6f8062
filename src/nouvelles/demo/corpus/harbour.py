"""The Harbour Chronicle (en): ten articles with our French versions.

Synthetic text written for the nouvelles demo.
"""

ARTICLES = [
    {
        "id": "harbour-3001",
        "event": "port-strike",
        "path": "business/2026/valmare-dockworkers-strike",
        "section": "Business",
        "author": "Hannah Whitlock",
        "hours_ago": 4,
        "tags": ["Valmare", "grève", "transport maritime"],
        "image": {
            "motif": "cranes",
            "alt": "Idle container cranes against a pale morning sky",
            "caption": "Ships queued outside Valmare as the strike entered its first day.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Strike at Valmare leaves 40 ships waiting and supply chains guessing",
            "lead": "Dockworkers walked out over night-shift pay, halting the busiest container port on the coast. Shipping lines are already rerouting cargo.",
            "blocks": [
                (
                    "p",
                    "The union says night-shift bonuses have not moved in eight years, while port traffic has grown by a third over the same period.",
                ),
                (
                    "p",
                    "Port officials estimate that each day of the stoppage delays about 9,000 containers.",
                ),
                (
                    "quote",
                    "We can absorb two days. After a week, supermarket shelves will notice.",
                    "Henrik Aalto",
                ),
                ("h", "What happens next"),
                (
                    "p",
                    "A mediator appointed by the regional government will meet both sides on Wednesday.",
                ),
            ],
        },
        "fr": {
            "title": "La grève à Valmare laisse 40 navires en attente et les chaînes d'approvisionnement dans le flou",
            "lead": "Les dockers ont cessé le travail pour les primes de nuit, bloquant le premier port à conteneurs de la côte. Les compagnies maritimes détournent déjà des cargaisons.",
            "blocks": [
                (
                    "p",
                    "Le syndicat affirme que les primes de nuit n'ont pas bougé depuis huit ans, alors que le trafic portuaire a augmenté d'un tiers sur la même période.",
                ),
                (
                    "p",
                    "Selon les responsables du port, chaque journée d'arrêt retarde environ 9 000 conteneurs.",
                ),
                (
                    "quote",
                    "Nous pouvons tenir deux jours. Au bout d'une semaine, les rayons des supermarchés s'en ressentiront.",
                    "Henrik Aalto",
                ),
                ("h", "Et maintenant"),
                (
                    "p",
                    "Un médiateur nommé par le gouvernement régional réunira les deux parties mercredi.",
                ),
            ],
            "image_alt": "Des grues à conteneurs immobiles sur un ciel pâle du matin",
            "image_caption": "Des navires patientaient au large de Valmare au premier jour de la grève.",
        },
    },
    {
        "id": "harbour-3002",
        "event": "glacier-probe",
        "path": "science/2026/probe-under-orvel-glacier",
        "section": "Science",
        "author": "Owen Pritchard",
        "hours_ago": 19,
        "tags": ["glaciers", "climat", "recherche"],
        "image": {
            "motif": "mountains",
            "alt": "A glacier tongue between snowy peaks",
            "caption": "The drilling camp sat on the glacier for three days.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Scientists lower a probe 312 metres beneath an Alpine glacier",
            "lead": "The instrument will spend a year on the bedrock of the Orvel glacier, measuring the meltwater that lets the ice slide faster each spring.",
            "blocks": [
                (
                    "p",
                    "Researchers used a hot-water drill to bore through the ice. The probe, nicknamed Mole-3 by the English-speaking members of the team, reports through a cable.",
                ),
                (
                    "quote",
                    "What happens under the ice decides how fast a glacier moves, and we have never watched it for this long.",
                    "Inès Barreto",
                ),
                ("p", "The data will be released openly in the autumn."),
            ],
        },
        "fr": {
            "title": "Des scientifiques font descendre une sonde 312 mètres sous un glacier alpin",
            "lead": "L'instrument passera un an sur le lit rocheux du glacier de l'Orvel à mesurer l'eau de fonte qui fait glisser la glace plus vite chaque printemps.",
            "blocks": [
                (
                    "p",
                    "Les chercheurs ont percé la glace avec un foret à eau chaude. La sonde, surnommée Mole-3 par les membres anglophones de l'équipe, transmet ses mesures par câble.",
                ),
                (
                    "quote",
                    "Ce qui se passe sous la glace décide de la vitesse d'un glacier, et nous ne l'avions jamais observé aussi longtemps.",
                    "Inès Barreto",
                ),
                ("p", "Les données seront publiées en libre accès à l'automne."),
            ],
            "image_alt": "Une langue glaciaire entre des sommets enneigés",
            "image_caption": "Le camp de forage est resté trois jours sur le glacier.",
        },
    },
    {
        "id": "harbour-3003",
        "event": "coastal-train",
        "path": "business/2026/coastal-railway-opens",
        "section": "Business",
        "author": "Hannah Whitlock",
        "hours_ago": 31,
        "tags": ["rail", "Valmare", "transports"],
        "image": {
            "motif": "rails",
            "alt": "Railway tracks running along a cliff above the sea",
            "caption": "Forty kilometres of the line run right along the shore.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Coastal railway opens after nine years and a 600-million-euro overrun",
            "lead": "Trains between Valmare and Port-Estève will take 1 hour 50 minutes, half the time of the coast road.",
            "blocks": [
                (
                    "p",
                    "The 212-kilometre line has eleven stations and fourteen tunnels. Sixteen return services a day are planned from the first week.",
                ),
                (
                    "p",
                    "Cliff stabilisation work explains most of the extra cost, according to the operator.",
                ),
                (
                    "list",
                    [
                        "Full journey: 24 euros",
                        "Monthly pass: 89 euros",
                        "Children under 12 travel free",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "La ligne ferroviaire côtière ouvre après neuf ans et 600 millions d'euros de dépassement",
            "lead": "Les trains entre Valmare et Port-Estève mettront 1 h 50, deux fois moins que par la route côtière.",
            "blocks": [
                (
                    "p",
                    "La ligne de 212 kilomètres compte onze gares et quatorze tunnels. Seize allers-retours par jour sont prévus dès la première semaine.",
                ),
                (
                    "p",
                    "La consolidation des falaises explique l'essentiel du surcoût, selon l'exploitant.",
                ),
                (
                    "list",
                    [
                        "Trajet complet : 24 euros",
                        "Abonnement mensuel : 89 euros",
                        "Gratuit pour les moins de 12 ans",
                    ],
                ),
            ],
            "image_alt": "Une voie ferrée longeant une falaise au-dessus de la mer",
            "image_caption": "Sur quarante kilomètres, la ligne longe directement le rivage.",
        },
    },
    {
        "id": "harbour-3004",
        "event": "film-festival",
        "path": "arts/2026/sorrenza-golden-lantern",
        "section": "Arts",
        "author": "Maeve Donnelly",
        "hours_ago": 43,
        "tags": ["cinéma", "festival de Sorrenza"],
        "image": {
            "motif": "film",
            "alt": "A drawn film reel and projector beam",
            "caption": "The awards were announced in the harbour square.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Debut film 'The Salt Hours' takes the Golden Lantern at Sorrenza",
            "lead": "Amaia Ortuzar's story of three sisters reviving a salt marsh is the first debut to win the festival's top prize.",
            "blocks": [
                (
                    "p",
                    "The jury praised its patience and its cast of non-professional actors. The film was partly funded by a cooperative of cinema-goers.",
                ),
                (
                    "quote",
                    "I dedicate this prize to the salt workers who taught us to wait for the wind.",
                    "Amaia Ortuzar",
                ),
                ("p", "It also won the audience award."),
            ],
        },
        "fr": {
            "title": "Le premier film « Les Heures de sel » remporte la Lanterne d'or à Sorrenza",
            "lead": "L'histoire de trois sœurs qui font revivre un marais salant, signée Amaia Ortuzar, est le premier premier film à remporter la plus haute récompense du festival.",
            "blocks": [
                (
                    "p",
                    "Le jury a salué sa patience et sa distribution d'actrices non professionnelles. Le film a été en partie financé par une coopérative de spectateurs.",
                ),
                (
                    "quote",
                    "Je dédie ce prix aux sauniers qui nous ont appris à attendre le vent.",
                    "Amaia Ortuzar",
                ),
                ("p", "Il a aussi remporté le prix du public."),
            ],
            "image_alt": "Une bobine de film et le faisceau d'un projecteur, dessinés",
            "image_caption": "Le palmarès a été annoncé sur la place du port.",
        },
    },
    {
        "id": "harbour-3005",
        "event": "marathon-record",
        "path": "sport/2026/lisandra-marathon-course-record",
        "section": "Sport",
        "author": "Callum Reid",
        "hours_ago": 59,
        "tags": ["athlétisme", "marathon"],
        "image": {
            "motif": "track",
            "alt": "Runners on a seafront avenue lined with spectators",
            "caption": "The leader ran alone for the final fifteen kilometres.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Okonkwo-Lind smashes Lisandra course record by more than two minutes",
            "lead": "Her time of 2:17:42 came despite a stiff headwind along the seafront.",
            "blocks": [
                (
                    "p",
                    "She made her move at 27 kilometres and was never caught. The runner-up finished almost three minutes behind.",
                ),
                (
                    "quote",
                    "At 35 kilometres all I could hear was the crowd and my own breathing.",
                    "Adaeze Okonkwo-Lind",
                ),
                ("p", "More than 14,000 runners started, a record for the race."),
            ],
        },
        "fr": {
            "title": "Okonkwo-Lind pulvérise de plus de deux minutes le record du parcours de Lisandra",
            "lead": "Son temps de 2 h 17 min 42 s a été réalisé malgré un fort vent de face sur le front de mer.",
            "blocks": [
                (
                    "p",
                    "Elle a attaqué au 27e kilomètre et n'a jamais été rejointe. Sa dauphine a terminé près de trois minutes derrière.",
                ),
                (
                    "quote",
                    "Au 35e kilomètre, je n'entendais plus que la foule et mon propre souffle.",
                    "Adaeze Okonkwo-Lind",
                ),
                ("p", "Plus de 14 000 coureurs ont pris le départ, un record pour la course."),
            ],
            "image_alt": "Des coureurs sur une avenue du front de mer bordée de spectateurs",
            "image_caption": "La meneuse a couru seule les quinze derniers kilomètres.",
        },
    },
    {
        "id": "harbour-3006",
        "event": "river-flood",
        "path": "world/2026/arda-floods-montesca",
        "section": "World",
        "author": "Owen Pritchard",
        "hours_ago": 7,
        "tags": ["inondations", "Arda", "climat"],
        "image": {
            "motif": "rain",
            "alt": "Heavy rain over a swollen river and rooftops",
            "caption": "The Arda rose 2.6 metres above its usual level.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Thousands evacuated as the Arda bursts its banks in Montesca",
            "lead": "Rescue crews made more than 200 boat trips overnight. The river is not expected to fall before Thursday.",
            "blocks": [
                (
                    "p",
                    "About 3,400 residents spent the night in a sports hall and two schools. No casualties have been reported.",
                ),
                ("quote", "We knocked on every door; everyone got out in time.", "Giulia Ferraz"),
                (
                    "p",
                    "Forecasters link the flood to four days of rain on ground already saturated by a wet autumn.",
                ),
            ],
        },
        "fr": {
            "title": "Des milliers d'évacués à Montesca après le débordement de l'Arda",
            "lead": "Les secours ont effectué plus de 200 trajets en bateau dans la nuit. La rivière ne devrait pas baisser avant jeudi.",
            "blocks": [
                (
                    "p",
                    "Environ 3 400 habitants ont passé la nuit dans un gymnase et deux écoles. Aucune victime n'a été signalée.",
                ),
                (
                    "quote",
                    "Nous avons frappé à chaque porte ; tout le monde est sorti à temps.",
                    "Giulia Ferraz",
                ),
                (
                    "p",
                    "Les prévisionnistes attribuent la crue à quatre jours de pluie sur des sols déjà saturés par un automne humide.",
                ),
            ],
            "image_alt": "Une forte pluie sur une rivière gonflée et des toits",
            "image_caption": "L'Arda est montée de 2,6 mètres au-dessus de son niveau habituel.",
        },
    },
    {
        "id": "harbour-3007",
        "event": "solar-farm",
        "path": "science/2026/floating-solar-santa-irene",
        "section": "Science",
        "author": "Owen Pritchard",
        "hours_ago": 78,
        "tags": ["énergie solaire", "énergie"],
        "image": {
            "motif": "sun",
            "alt": "Rows of solar panels floating on a mountain reservoir",
            "caption": "The floats are made from recycled plastic.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Andes reservoir becomes home to the region's largest floating solar farm",
            "lead": "The 48-megawatt plant on the Santa Irene reservoir also cuts evaporation, a bonus for farmers in the dry season.",
            "blocks": [
                (
                    "p",
                    "Its 96,000 panels cover an eighth of the reservoir's surface. The operator says cooler water improves their output by a few per cent.",
                ),
                ("h", "By the numbers"),
                ("list", ["48 megawatts", "96,000 panels", "Power for about 60,000 people"]),
            ],
        },
        "fr": {
            "title": "Un réservoir des Andes accueille la plus grande centrale solaire flottante de la région",
            "lead": "La centrale de 48 mégawatts du réservoir de Santa Irene réduit aussi l'évaporation, un atout pour les agriculteurs en saison sèche.",
            "blocks": [
                (
                    "p",
                    "Ses 96 000 panneaux couvrent un huitième de la surface du réservoir. L'exploitant affirme que l'eau plus fraîche améliore leur rendement de quelques pour cent.",
                ),
                ("h", "En chiffres"),
                (
                    "list",
                    [
                        "48 mégawatts",
                        "96 000 panneaux",
                        "De l'électricité pour environ 60 000 personnes",
                    ],
                ),
            ],
            "image_alt": "Des rangées de panneaux solaires flottant sur un réservoir de montagne",
            "image_caption": "Les flotteurs sont en plastique recyclé.",
        },
    },
    {
        "id": "harbour-3008",
        "event": "water-summit",
        "path": "world/2026/cordova-water-accord",
        "section": "World",
        "author": "Hannah Whitlock",
        "hours_ago": 25,
        "tags": ["eau", "diplomatie", "Arda"],
        "image": {
            "motif": "city",
            "alt": "Government buildings with flags under a clear sky",
            "caption": "Delegates signed the accord after two days of talks.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Five regions sign Cordova accord to share the waters of the Arda",
            "lead": "Farm withdrawals are to fall by 20 per cent by 2040 under the deal, which campaigners call a first step.",
            "blocks": [
                (
                    "p",
                    "A joint commission will publish river flow and withdrawals region by region every month.",
                ),
                (
                    "quote",
                    "For the first time, upstream and downstream are looking at the same river.",
                    "Helena Mouratidis",
                ),
                ("p", "Environmental groups regret that the accord carries no penalties."),
            ],
        },
        "fr": {
            "title": "Cinq régions signent l'accord de Cordova pour partager les eaux de l'Arda",
            "lead": "Les prélèvements agricoles devront baisser de 20 % d'ici à 2040, un premier pas selon les militants.",
            "blocks": [
                (
                    "p",
                    "Une commission commune publiera chaque mois le débit du fleuve et les prélèvements région par région.",
                ),
                (
                    "quote",
                    "Pour la première fois, l'amont et l'aval regardent le même fleuve.",
                    "Helena Mouratidis",
                ),
                (
                    "p",
                    "Les associations environnementales regrettent que l'accord ne prévoie aucune sanction.",
                ),
            ],
            "image_alt": "Des bâtiments officiels pavoisés sous un ciel clair",
            "image_caption": "Les délégués ont signé l'accord après deux jours de discussions.",
        },
    },
    {
        "id": "harbour-3009",
        "event": "harbour-choir",
        "path": "arts/2026/fishermens-choir-first-album",
        "section": "Arts",
        "author": "Maeve Donnelly",
        "hours_ago": 150,
        "tags": ["musique", "patrimoine"],
        "image": {
            "motif": "waves",
            "alt": "Fishing boats moored in a small harbour at dusk",
            "caption": "The choir rehearses in the old net loft every Tuesday.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "A fishermen's choir records its first album after 70 years of singing",
            "lead": "The Kelmouth Harbour Singers recorded twelve sea songs in the net loft where they have rehearsed since 1956.",
            "blocks": [
                (
                    "p",
                    "The youngest member is 19, the oldest 91. Several songs had never been written down before.",
                ),
                (
                    "quote",
                    "My grandfather sang these on the boat. Now they will outlive all of us.",
                    "Tom Penhallow",
                ),
                ("p", "Proceeds will go to the local lifeboat station."),
            ],
        },
        "fr": {
            "title": "Une chorale de pêcheurs enregistre son premier album après 70 ans de chant",
            "lead": "Les Chanteurs du port de Kelmouth ont enregistré douze chants de marins dans le grenier à filets où ils répètent depuis 1956.",
            "blocks": [
                (
                    "p",
                    "Le plus jeune membre a 19 ans, le plus âgé 91. Plusieurs chants n'avaient jamais été écrits.",
                ),
                (
                    "quote",
                    "Mon grand-père les chantait sur le bateau. Désormais, ils nous survivront tous.",
                    "Tom Penhallow",
                ),
                ("p", "Les recettes iront à la station de sauvetage en mer locale."),
            ],
            "image_alt": "Des bateaux de pêche amarrés dans un petit port au crépuscule",
            "image_caption": "La chorale répète chaque mardi dans l'ancien grenier à filets.",
        },
    },
    {
        "id": "harbour-3010",
        "event": "harbour-comet",
        "path": "science/2026/amateur-astronomer-finds-comet",
        "section": "Science",
        "author": "Owen Pritchard",
        "hours_ago": 110,
        "tags": ["astronomie", "recherche"],
        "image": {
            "motif": "stars",
            "alt": "A night sky full of stars with a faint comet tail",
            "caption": "The comet should be visible with binoculars in late winter.",
            "credit": "Illustration The Harbour Chronicle",
        },
        "original": {
            "title": "Retired teacher discovers a comet from her back garden",
            "lead": "Using a 20-centimetre telescope, Agnes Morrow spotted a faint moving smudge that observatories have now confirmed as a new comet.",
            "blocks": [
                (
                    "p",
                    "The comet will bear her name. It is expected to pass closest to the Sun in March.",
                ),
                (
                    "quote",
                    "I checked it three nights in a row before I dared to report it.",
                    "Agnes Morrow",
                ),
                ("h", "How to see it"),
                (
                    "ol",
                    [
                        "Find a dark spot away from street lights",
                        "Look low in the west after sunset",
                        "Use binoculars from late February",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Une enseignante à la retraite découvre une comète depuis son jardin",
            "lead": "Avec un télescope de 20 centimètres, Agnes Morrow a repéré une faible tache mobile que des observatoires ont confirmée comme une nouvelle comète.",
            "blocks": [
                (
                    "p",
                    "La comète portera son nom. Elle devrait passer au plus près du Soleil en mars.",
                ),
                (
                    "quote",
                    "Je l'ai vérifiée trois nuits de suite avant d'oser la signaler.",
                    "Agnes Morrow",
                ),
                ("h", "Comment l'observer"),
                (
                    "ol",
                    [
                        "Trouver un endroit sombre, loin de l'éclairage public",
                        "Regarder bas vers l'ouest après le coucher du soleil",
                        "Utiliser des jumelles à partir de fin février",
                    ],
                ),
            ],
            "image_alt": "Un ciel nocturne étoilé traversé par la faible queue d'une comète",
            "image_caption": "La comète devrait être visible aux jumelles à la fin de l'hiver.",
        },
    },
]
