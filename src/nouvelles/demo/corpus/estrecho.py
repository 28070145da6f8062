"""Diario del Estrecho (es): ten articles with our French versions.

Synthetic text written for the nouvelles demo. The flood dispatch
(`estrecho-2006`) is agency copy that La Voz de los Andes also runs almost
word for word: a near-duplicate on purpose.
"""

ARTICLES = [
    {
        "id": "estrecho-2001",
        "event": "port-strike",
        "path": "economia/huelga-estibadores-valmare",
        "section": "Economía",
        "author": "Lucía Ferrer",
        "hours_ago": 6,
        "tags": ["Valmare", "grève", "transport maritime"],
        "image": {
            "motif": "cranes",
            "alt": "Grúas de carga detenidas en un muelle",
            "caption": "El puerto de Valmare mueve cada día cerca de 9.000 contenedores.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "Los estibadores de Valmare paralizan el puerto por las primas nocturnas",
            "lead": "Una cuarentena de buques espera frente a la costa mientras el sindicato y la autoridad portuaria siguen sin fecha para negociar.",
            "blocks": [
                (
                    "p",
                    "La huelga comenzó el lunes a las seis de la mañana. El sindicato reclama una subida de las primas nocturnas, congeladas desde hace ocho años.",
                ),
                (
                    "quote",
                    "No pedimos la luna, solo que nuestras noches se paguen lo que valen.",
                    "Marta Quiroga",
                ),
                (
                    "p",
                    "Las navieras con destino al sur ya desvían parte de sus cargas hacia puertos vecinos, según fuentes del sector.",
                ),
                ("p", "Los transbordadores de pasajeros funcionan con normalidad."),
            ],
        },
        "fr": {
            "title": "Les dockers de Valmare paralysent le port pour les primes de nuit",
            "lead": "Une quarantaine de navires attendent au large tandis que le syndicat et l'autorité portuaire n'ont toujours pas de date pour négocier.",
            "blocks": [
                (
                    "p",
                    "La grève a commencé lundi à six heures du matin. Le syndicat réclame une hausse des primes de nuit, gelées depuis huit ans.",
                ),
                (
                    "quote",
                    "Nous ne demandons pas la lune, seulement que nos nuits soient payées ce qu'elles valent.",
                    "Marta Quiroga",
                ),
                (
                    "p",
                    "Les armateurs à destination du sud détournent déjà une partie de leurs cargaisons vers des ports voisins, selon des sources du secteur.",
                ),
                ("p", "Les ferries de passagers fonctionnent normalement."),
            ],
            "image_alt": "Des grues de chargement à l'arrêt sur un quai",
            "image_caption": "Le port de Valmare traite chaque jour près de 9 000 conteneurs.",
        },
    },
    {
        "id": "estrecho-2002",
        "event": "glacier-probe",
        "path": "ciencia/sonda-glaciar-orvel",
        "section": "Ciencia",
        "author": "Andrés Maldonado",
        "hours_ago": 22,
        "tags": ["glaciers", "climat", "recherche"],
        "image": {
            "motif": "mountains",
            "alt": "Un glaciar entre dos cumbres nevadas",
            "caption": "Los investigadores instalaron su campamento a 2.900 metros.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "Una sonda bajo 312 metros de hielo para entender por qué se aceleran los glaciares",
            "lead": "Un equipo europeo ha colocado un instrumento autónomo en el lecho rocoso del glaciar del Orvel, donde medirá el agua durante un año.",
            "blocks": [
                (
                    "p",
                    "La perforación con agua caliente duró tres días. La sonda, llamada Taupe-3, envía sus datos por cable a la superficie.",
                ),
                (
                    "quote",
                    "Es bajo el hielo donde se decide la velocidad a la que se desliza un glaciar.",
                    "Inès Barreto",
                ),
                ("h", "Qué mide"),
                (
                    "list",
                    [
                        "la presión del agua bajo el hielo",
                        "la temperatura de la roca",
                        "las vibraciones del deslizamiento",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Une sonde sous 312 mètres de glace pour comprendre pourquoi les glaciers accélèrent",
            "lead": "Une équipe européenne a placé un instrument autonome sur le lit rocheux du glacier de l'Orvel, où il mesurera l'eau pendant un an.",
            "blocks": [
                (
                    "p",
                    "Le forage à l'eau chaude a duré trois jours. La sonde, appelée Taupe-3, envoie ses données par câble à la surface.",
                ),
                (
                    "quote",
                    "C'est sous la glace que se décide la vitesse à laquelle glisse un glacier.",
                    "Inès Barreto",
                ),
                ("h", "Ce qu'elle mesure"),
                (
                    "list",
                    [
                        "la pression de l'eau sous la glace",
                        "la température de la roche",
                        "les vibrations du glissement",
                    ],
                ),
            ],
            "image_alt": "Un glacier entre deux sommets enneigés",
            "image_caption": "Les chercheurs ont installé leur camp à 2 900 mètres.",
        },
    },
    {
        "id": "estrecho-2003",
        "event": "coastal-train",
        "path": "economia/tren-costero-valmare-port-esteve",
        "section": "Economía",
        "author": "Lucía Ferrer",
        "hours_ago": 32,
        "tags": ["rail", "Valmare", "transports"],
        "image": {
            "motif": "rails",
            "alt": "Una vía de tren junto al mar",
            "caption": "El trazado atraviesa catorce túneles.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "El tren de la costa une Valmare y Port-Estève en una hora y cincuenta minutos",
            "lead": "La línea, de 212 kilómetros, se inaugura el lunes tras nueve años de obras y un sobrecoste de 600 millones de euros.",
            "blocks": [
                (
                    "p",
                    "Habrá dieciséis trenes de ida y vuelta al día desde la primera semana. El billete del trayecto completo costará 24 euros.",
                ),
                (
                    "p",
                    "Los vecinos de los pueblos costeros celebran el fin de las obras, aunque algunos lamentan el ruido de los túneles.",
                ),
                ("quote", "Esta línea cambia la geografía de la costa.", "Paolo Rinaldi"),
            ],
        },
        "fr": {
            "title": "Le train de la côte relie Valmare et Port-Estève en une heure cinquante",
            "lead": "La ligne de 212 kilomètres est inaugurée lundi après neuf ans de travaux et un surcoût de 600 millions d'euros.",
            "blocks": [
                (
                    "p",
                    "Seize allers-retours par jour circuleront dès la première semaine. Le billet pour le trajet complet coûtera 24 euros.",
                ),
                (
                    "p",
                    "Les habitants des villages côtiers saluent la fin des travaux, même si certains regrettent le bruit des tunnels.",
                ),
                ("quote", "Cette ligne change la géographie de la côte.", "Paolo Rinaldi"),
            ],
            "image_alt": "Une voie ferrée au bord de la mer",
            "image_caption": "Le tracé traverse quatorze tunnels.",
        },
    },
    {
        "id": "estrecho-2004",
        "event": "film-festival",
        "path": "cultura/linterna-de-oro-amaia-ortuzar",
        "section": "Cultura",
        "author": "Irene Castañeda",
        "hours_ago": 45,
        "tags": ["cinéma", "festival de Sorrenza"],
        "image": {
            "motif": "film",
            "alt": "Una bobina de película dibujada",
            "caption": "Amaia Ortuzar recogió el premio en la plaza del puerto.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "«Las horas de sal», de Amaia Ortuzar, gana la Linterna de Oro en Sorrenza",
            "lead": "Es la primera vez que una ópera prima obtiene el máximo galardón del festival.",
            "blocks": [
                (
                    "p",
                    "La película sigue a tres hermanas que recuperan unas salinas abandonadas. Fue rodada en euskera y en castellano con actrices no profesionales.",
                ),
                (
                    "quote",
                    "Dedico este premio a los salineros que nos enseñaron a esperar el viento.",
                    "Amaia Ortuzar",
                ),
                ("p", "La cinta llegará a las salas en primavera."),
            ],
        },
        "fr": {
            "title": "« Les Heures de sel », d'Amaia Ortuzar, remporte la Lanterne d'or à Sorrenza",
            "lead": "C'est la première fois qu'un premier film obtient la plus haute récompense du festival.",
            "blocks": [
                (
                    "p",
                    "Le film suit trois sœurs qui reprennent des salines abandonnées. Il a été tourné en basque et en espagnol avec des actrices non professionnelles.",
                ),
                (
                    "quote",
                    "Je dédie ce prix aux sauniers qui nous ont appris à attendre le vent.",
                    "Amaia Ortuzar",
                ),
                ("p", "Le film sortira en salles au printemps."),
            ],
            "image_alt": "Une bobine de film dessinée",
            "image_caption": "Amaia Ortuzar a reçu le prix sur la place du port.",
        },
    },
    {
        "id": "estrecho-2005",
        "event": "marathon-record",
        "path": "deportes/record-maraton-lisandra",
        "section": "Deportes",
        "author": "Javier Ribas",
        "hours_ago": 61,
        "tags": ["athlétisme", "marathon"],
        "image": {
            "motif": "track",
            "alt": "Corredores en una avenida junto al mar",
            "caption": "Más de 14.000 corredores tomaron la salida.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "Okonkwo-Lind rebaja en más de dos minutos el récord del maratón de Lisandra",
            "lead": "La atleta cruzó la meta en 2 h 17 min 42 s pese al viento en contra del paseo marítimo.",
            "blocks": [
                ("p", "Atacó en el kilómetro 27 y corrió sola los últimos quince kilómetros."),
                (
                    "quote",
                    "En el kilómetro 35 solo oía al público y mi respiración.",
                    "Adaeze Okonkwo-Lind",
                ),
                ("p", "La prueba batió también su récord de participación."),
            ],
        },
        "fr": {
            "title": "Okonkwo-Lind améliore de plus de deux minutes le record du marathon de Lisandra",
            "lead": "L'athlète a franchi la ligne en 2 h 17 min 42 s malgré le vent de face sur le front de mer.",
            "blocks": [
                (
                    "p",
                    "Elle a attaqué au 27e kilomètre et couru seule les quinze derniers kilomètres.",
                ),
                (
                    "quote",
                    "Au 35e kilomètre, je n'entendais plus que le public et ma respiration.",
                    "Adaeze Okonkwo-Lind",
                ),
                ("p", "L'épreuve a aussi battu son record de participation."),
            ],
            "image_alt": "Des coureurs sur une avenue en bord de mer",
            "image_caption": "Plus de 14 000 coureurs ont pris le départ.",
        },
    },
    {
        "id": "estrecho-2006",
        "event": "river-flood",
        "path": "internacional/crecida-rio-arda-montesca",
        "section": "Internacional",
        "author": "Agencia Meridiana",
        "hours_ago": 8,
        "tags": ["inondations", "Arda", "climat"],
        "image": {
            "motif": "rain",
            "alt": "Un río desbordado bajo la lluvia",
            "caption": "El Arda superó en 2,6 metros su nivel habitual.",
            "credit": "Ilustración Agencia Meridiana",
        },
        "original": {
            "title": "Evacuadas 3.400 personas en Montesca por la crecida del río Arda",
            "lead": "Tras cuatro días de lluvias ininterrumpidas, el río se desbordó durante la noche. No hay víctimas.",
            "blocks": [
                (
                    "p",
                    "Los barrios bajos de Montesca fueron desalojados hacia el polideportivo y dos colegios. Los servicios de emergencia realizaron más de 200 rescates en barca.",
                ),
                (
                    "quote",
                    "Despertamos a los vecinos puerta por puerta; todos salieron a tiempo.",
                    "Giulia Ferraz",
                ),
                ("p", "No se espera que el nivel del agua baje antes del jueves."),
            ],
        },
        "fr": {
            "title": "3 400 personnes évacuées à Montesca après la crue de l'Arda",
            "lead": "Après quatre jours de pluies ininterrompues, la rivière a débordé dans la nuit. Il n'y a pas de victimes.",
            "blocks": [
                (
                    "p",
                    "Les quartiers bas de Montesca ont été évacués vers le gymnase et deux écoles. Les secours ont effectué plus de 200 sauvetages en barque.",
                ),
                (
                    "quote",
                    "Nous avons réveillé les habitants porte à porte ; tout le monde est parti à temps.",
                    "Giulia Ferraz",
                ),
                ("p", "Le niveau de l'eau ne devrait pas baisser avant jeudi."),
            ],
            "image_alt": "Une rivière en crue sous la pluie",
            "image_caption": "L'Arda a dépassé de 2,6 mètres son niveau habituel.",
        },
    },
    {
        "id": "estrecho-2007",
        "event": "water-summit",
        "path": "internacional/acuerdo-de-cordova-agua",
        "section": "Internacional",
        "author": "Andrés Maldonado",
        "hours_ago": 27,
        "tags": ["eau", "diplomatie", "Arda"],
        "image": {
            "motif": "city",
            "alt": "Edificios oficiales con banderas",
            "caption": "Las cinco delegaciones firmaron en el palacio de congresos de Cordova.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "Cinco regiones firman en Cordova un acuerdo para repartir el agua del Arda",
            "lead": "El texto prevé reducir un 20 % las extracciones agrícolas de aquí a 2040 y crear una comisión común.",
            "blocks": [
                (
                    "p",
                    "La comisión publicará cada mes el caudal del río y el volumen extraído por cada región.",
                ),
                (
                    "quote",
                    "Por primera vez, los de arriba y los de abajo miran el mismo río.",
                    "Helena Mouratidis",
                ),
                ("p", "Los ecologistas lamentan que el acuerdo no incluya sanciones."),
            ],
        },
        "fr": {
            "title": "Cinq régions signent à Cordova un accord pour partager l'eau de l'Arda",
            "lead": "Le texte prévoit de réduire de 20 % les prélèvements agricoles d'ici à 2040 et de créer une commission commune.",
            "blocks": [
                (
                    "p",
                    "La commission publiera chaque mois le débit du fleuve et le volume prélevé par chaque région.",
                ),
                (
                    "quote",
                    "Pour la première fois, l'amont et l'aval regardent le même fleuve.",
                    "Helena Mouratidis",
                ),
                ("p", "Les écologistes regrettent que l'accord ne prévoie pas de sanctions."),
            ],
            "image_alt": "Des bâtiments officiels pavoisés",
            "image_caption": "Les cinq délégations ont signé au palais des congrès de Cordova.",
        },
    },
    {
        "id": "estrecho-2008",
        "event": "estrecho-startup",
        "path": "economia/startup-redes-pesca-recicladas",
        "section": "Economía",
        "author": "Lucía Ferrer",
        "hours_ago": 70,
        "tags": ["entreprises", "recyclage", "pêche"],
        "image": {
            "motif": "waves",
            "alt": "Redes de pesca apiladas en un muelle",
            "caption": "La empresa recoge las redes en once puertos.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "Una empresa del Estrecho convierte viejas redes de pesca en monturas de gafas",
            "lead": "Redmar, fundada por dos antiguas pescadoras, recicla ya 80 toneladas de redes al año y busca inversores para triplicar su producción.",
            "blocks": [
                (
                    "p",
                    "Las redes se lavan, se trituran y se funden en granulado de nailon. Con cada kilo se fabrican unas cuarenta monturas.",
                ),
                (
                    "quote",
                    "Las redes viejas acababan quemadas o en el mar; ahora tienen precio.",
                    "Carmen Olea",
                ),
                ("h", "Las cifras"),
                (
                    "list",
                    ["80 toneladas recicladas en 2025", "23 empleados", "11 puertos asociados"],
                ),
            ],
        },
        "fr": {
            "title": "Une entreprise du détroit transforme de vieux filets de pêche en montures de lunettes",
            "lead": "Redmar, fondée par deux anciennes pêcheuses, recycle déjà 80 tonnes de filets par an et cherche des investisseurs pour tripler sa production.",
            "blocks": [
                (
                    "p",
                    "Les filets sont lavés, broyés et fondus en granulés de nylon. Chaque kilo donne une quarantaine de montures.",
                ),
                (
                    "quote",
                    "Les vieux filets finissaient brûlés ou à la mer ; désormais, ils ont un prix.",
                    "Carmen Olea",
                ),
                ("h", "Les chiffres"),
                ("list", ["80 tonnes recyclées en 2025", "23 salariés", "11 ports partenaires"]),
            ],
            "image_alt": "Des filets de pêche empilés sur un quai",
            "image_caption": "L'entreprise collecte les filets dans onze ports.",
        },
    },
    {
        "id": "estrecho-2009",
        "event": "estrecho-museum",
        "path": "cultura/reabre-museo-del-faro",
        "section": "Cultura",
        "author": "Irene Castañeda",
        "hours_ago": 130,
        "tags": ["musées", "patrimoine"],
        "image": {
            "motif": "lighthouse",
            "alt": "Un faro blanco sobre un acantilado",
            "caption": "El museo ocupa la antigua casa de los fareros.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "El Museo del Faro reabre tras tres años de obras con una sala dedicada a los naufragios",
            "lead": "La nueva museografía reúne 400 objetos recuperados en la costa, desde anclas romanas hasta radios de los años cincuenta.",
            "blocks": [
                (
                    "p",
                    "La entrada será gratuita los domingos por la mañana. Las visitas guiadas suben hasta la linterna del faro.",
                ),
                (
                    "image",
                    "Una de las anclas expuestas, hallada a 30 metros de profundidad.",
                    "anchor",
                    "Un ancla antigua sobre un pedestal",
                    "Ilustración Diario del Estrecho",
                ),
                ("p", "El museo espera 60.000 visitantes el primer año."),
            ],
        },
        "fr": {
            "title": "Le musée du Phare rouvre après trois ans de travaux avec une salle consacrée aux naufrages",
            "lead": "La nouvelle muséographie réunit 400 objets retrouvés sur la côte, des ancres romaines aux radios des années 1950.",
            "blocks": [
                (
                    "p",
                    "L'entrée sera gratuite le dimanche matin. Les visites guidées montent jusqu'à la lanterne du phare.",
                ),
                (
                    "image",
                    "Une des ancres exposées, retrouvée à 30 mètres de profondeur.",
                    "anchor",
                    "Une ancre ancienne sur un socle",
                    "Illustration Diario del Estrecho",
                ),
                ("p", "Le musée attend 60 000 visiteurs la première année."),
            ],
            "image_alt": "Un phare blanc sur une falaise",
            "image_caption": "Le musée occupe l'ancienne maison des gardiens de phare.",
        },
    },
    {
        "id": "estrecho-2010",
        "event": "estrecho-cup-final",
        "path": "deportes/final-copa-del-estrecho",
        "section": "Deportes",
        "author": "Javier Ribas",
        "hours_ago": 38,
        "tags": ["football"],
        "image": {
            "motif": "stadium",
            "alt": "Un estadio iluminado de noche",
            "caption": "El estadio colgó el cartel de no hay billetes.",
            "credit": "Ilustración Diario del Estrecho",
        },
        "original": {
            "title": "El Atlético Portuario gana la Copa del Estrecho en la tanda de penaltis",
            "lead": "Tras un 2-2 en la prórroga, el portero suplente detuvo dos lanzamientos y dio al club su primer título en 31 años.",
            "blocks": [
                (
                    "p",
                    "El equipo llegó a remontar un 0-2 en los últimos diez minutos del tiempo reglamentario.",
                ),
                (
                    "quote",
                    "Llevaba toda la temporada en el banquillo esperando esta noche.",
                    "Óscar Medina",
                ),
                ("p", "Miles de aficionados celebraron el título en el puerto hasta la madrugada."),
            ],
        },
        "fr": {
            "title": "L'Atlético Portuario remporte la Coupe du détroit aux tirs au but",
            "lead": "Après un 2-2 à l'issue de la prolongation, le gardien remplaçant a arrêté deux tirs et offert au club son premier titre depuis 31 ans.",
            "blocks": [
                (
                    "p",
                    "L'équipe avait remonté un score de 0-2 dans les dix dernières minutes du temps réglementaire.",
                ),
                (
                    "quote",
                    "J'attendais ce soir-là sur le banc depuis le début de la saison.",
                    "Óscar Medina",
                ),
                ("p", "Des milliers de supporters ont fêté le titre sur le port jusqu'à l'aube."),
            ],
            "image_alt": "Un stade illuminé la nuit",
            "image_caption": "Le stade affichait complet.",
        },
    },
]
