"""Our labelled evaluation set for story clustering and "Lire aussi" (synthetic, written by us).

Events (type, place, people, figures, date) are written here by hand; each
event is covered by 5 to 8 articles from different sources, originally in
French, English or Spanish. Every article carries its original title and lead
and the French text a machine translation would give, with translation noise
(swapped name order, a word left untranslated, a dropped paragraph) and shared
boilerplate sentences. Near-topic distractors are built in: pairs of different
events in the same country the same week, and events of the same kind in
different places.

    python benchmarks/story_dataset.py          # rewrite tests/data/stories/eval.json

The JSON is committed; the tests and benchmarks read it, they never regenerate it.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUTPUT = Path(__file__).parents[1] / "tests" / "data" / "stories" / "eval.json"

# --- French (site language) templates per kind of event ----------------------------------
# Slots: {city} {country} {person} {role} {org} {org2} {n} {n2} {amount} {topic} {team} {team2}
FR = {
    "earthquake": {
        "titles": [
            "Un séisme de magnitude {mag} frappe la région de {city}",
            "Tremblement de terre à {city} : au moins {n} morts",
            "{country} : le bilan du séisme de {city} s'alourdit à {n} morts",
            "Séisme près de {city} : les secours fouillent les décombres",
            "Magnitude {mag} : {city} se réveille sous les gravats",
            "Après le séisme de {city}, {person} promet une aide d'urgence",
        ],
        "leads": [
            "Une secousse de magnitude {mag} a frappé {city}, dans le {region} de {country}, faisant au moins {n} morts.",
            "Le tremblement de terre qui a touché {city} a fait {n} morts et {n2} blessés selon un bilan provisoire.",
            "Les équipes de secours cherchent des survivants à {city} après un séisme de magnitude {mag}.",
        ],
        "body": [
            "L'épicentre a été localisé à {depth} kilomètres de profondeur, à une vingtaine de kilomètres de {city}.",
            "{person}, {role}, s'est rendu sur place et a décrété trois jours de deuil national.",
            "« Nous ferons tout pour retrouver chaque personne sous les décombres », a déclaré {person}.",
            "Plusieurs répliques ont été ressenties dans la nuit, poussant les habitants de {city} à dormir dehors.",
            "Les hôpitaux de la région de {city} ont accueilli {n2} blessés, dont plusieurs dans un état grave.",
            "L'institut sismologique de {country} a enregistré une réplique de magnitude 4,8 au petit matin.",
        ],
    },
    "flood": {
        "titles": [
            "Inondations à {city} : {n} personnes évacuées",
            "Crues meurtrières dans la région de {city}",
            "{country} : des pluies torrentielles submergent {city}",
            "La rivière {river} sort de son lit, {city} sous les eaux",
            "Intempéries : {city} en état de catastrophe naturelle",
            "{person} promet des aides aux sinistrés de {city}",
        ],
        "leads": [
            "Des pluies diluviennes ont provoqué la crue de la rivière {river} et l'évacuation de {n} habitants de {city}.",
            "La ville de {city} est sous les eaux après des précipitations record, et la rivière {river} continue de monter.",
            "Les inondations qui frappent {city} ont fait {n2} victimes et des dégâts considérables.",
        ],
        "body": [
            "Il est tombé l'équivalent de deux mois de pluie en vingt-quatre heures sur {city}.",
            "{person}, {role}, a annoncé le déblocage d'un fonds d'urgence pour les sinistrés.",
            "« La priorité est de mettre les habitants à l'abri », a affirmé {person} lors d'un point presse.",
            "Les routes autour de {city} restent coupées et les écoles fermées jusqu'à nouvel ordre.",
            "Le niveau de la rivière {river} a atteint un record historique de {depth} mètres.",
            "Les pompiers ont procédé à {n2} sauvetages par hélicoptère dans les quartiers bas de {city}.",
        ],
    },
    "wildfire": {
        "titles": [
            "Incendie près de {city} : {n} hectares partis en fumée",
            "Un feu de forêt menace {city}, des milliers d'évacués",
            "{country} : les pompiers luttent contre le feu de {city}",
            "L'incendie de {city} n'est toujours pas fixé",
            "Feux de forêt : {person} dénonce un acte criminel près de {city}",
            "Des villages évacués autour de {city} face aux flammes",
        ],
        "leads": [
            "Un violent incendie a ravagé {n} hectares de forêt près de {city}, attisé par des vents violents.",
            "Plus de {n2} personnes ont été évacuées autour de {city} où un feu de forêt progresse toujours.",
            "Les pompiers de {country} combattent depuis deux jours un incendie hors de contrôle près de {city}.",
        ],
        "body": [
            "Près de {n2} pompiers et une dizaine d'avions bombardiers d'eau sont mobilisés.",
            "{person}, {role}, évoque une piste criminelle et a ordonné une enquête.",
            "« Le feu a avancé à une vitesse jamais vue », raconte un habitant de {city}.",
            "La sécheresse et des températures de {depth} degrés ont favorisé la propagation des flammes.",
            "L'autoroute qui relie {city} à la côte a été fermée à la circulation.",
            "Les autorités de {country} ont placé toute la région en alerte rouge.",
        ],
    },
    "strike": {
        "titles": [
            "Grève chez {org} : le trafic fortement perturbé",
            "Les salariés de {org} en grève pour les salaires",
            "{org} : le syndicat {union} appelle à une grève illimitée",
            "Mouvement social chez {org}, la direction propose {n} % d'augmentation",
            "Grève à {org} : {person} appelle au dialogue",
            "Troisième jour de grève chez {org} à {city}",
        ],
        "leads": [
            "Le syndicat {union} a appelé les salariés de {org} à cesser le travail pour réclamer des hausses de salaire.",
            "La grève chez {org} paralyse {city} pour le troisième jour consécutif.",
            "La direction de {org} propose une hausse de {n} %, jugée insuffisante par {union}.",
        ],
        "body": [
            "Selon {union}, plus de {n2} % des salariés de {org} ont suivi le mouvement.",
            "{person}, {role}, a appelé la direction de {org} et les syndicats à reprendre les négociations.",
            "« Nous ne reprendrons pas le travail sans une vraie revalorisation », prévient un délégué de {union}.",
            "Les usagers de {city} ont dû trouver d'autres solutions pour se déplacer.",
            "La direction de {org} estime le coût de la grève à {amount} millions d'euros par jour.",
            "Une nouvelle réunion entre {org} et {union} est prévue en fin de semaine.",
        ],
    },
    "election": {
        "titles": [
            "{person} remporte l'élection présidentielle en {country}",
            "{country} : victoire de {person} au second tour",
            "Présidentielle : {person} élu avec {n} % des voix",
            "{country} élit {person}, candidat du {party}",
            "Le {party} de {person} l'emporte en {country}",
            "{person} promet l'unité après sa victoire électorale",
        ],
        "leads": [
            "{person}, candidat du {party}, a remporté l'élection présidentielle en {country} avec {n} % des suffrages.",
            "Les électeurs de {country} ont choisi {person}, qui l'emporte face à {rival}.",
            "Le dépouillement confirme la victoire de {person} sur {rival} avec une participation de {n2} %.",
        ],
        "body": [
            "{rival} a reconnu sa défaite dans la soirée devant ses partisans réunis à {city}.",
            "« Je serai le président de tous », a lancé {person} depuis son quartier général de {city}.",
            "La participation a atteint {n2} %, en hausse par rapport au dernier scrutin.",
            "Le {party} obtient aussi la majorité au Parlement selon les premiers résultats.",
            "{person} prendra ses fonctions le mois prochain lors d'une cérémonie à {city}.",
            "Les observateurs internationaux ont salué un scrutin calme et transparent en {country}.",
        ],
    },
    "protest": {
        "titles": [
            "Des milliers de manifestants à {city} contre {cause}",
            "Manifestation massive à {city} : {n} personnes dans la rue",
            "{country} : la colère contre {cause} gagne {city}",
            "Heurts entre police et manifestants à {city}",
            "{person} sous pression après la manifestation de {city}",
            "À {city}, la rue dit non à {cause}",
        ],
        "leads": [
            "Environ {n} personnes ont défilé à {city} pour protester contre {cause}.",
            "La mobilisation contre {cause} a rassemblé des milliers de personnes à {city}, selon les organisateurs.",
            "La police a dispersé à {city} des manifestants opposés à {cause}, {n2} personnes ont été interpellées.",
        ],
        "body": [
            "Les organisateurs revendiquent {n} participants, la police en a compté deux fois moins.",
            "{person}, {role}, a défendu le projet et exclu tout retrait.",
            "« Nous reviendrons chaque semaine tant que {cause} ne sera pas abandonné », assure une manifestante.",
            "{n2} personnes ont été interpellées en marge du cortège dans le centre de {city}.",
            "Le cortège est parti de la place centrale de {city} en début d'après-midi.",
            "De nouvelles manifestations sont prévues dans plusieurs villes de {country}.",
        ],
    },
    "acquisition": {
        "titles": [
            "{org} rachète {org2} pour {amount} milliards",
            "Méga-fusion : {org} met la main sur {org2}",
            "{org2} passe sous le contrôle de {org}",
            "Rachat de {org2} : {org} paie le prix fort",
            "{person} justifie le rachat de {org2} par {org}",
            "Les actionnaires de {org2} acceptent l'offre de {org}",
        ],
        "leads": [
            "Le groupe {org} a annoncé le rachat de {org2} pour {amount} milliards de dollars.",
            "{org} va acquérir {org2}, une opération qui valorise la cible à {amount} milliards.",
            "L'offre de {org} sur {org2}, d'un montant de {amount} milliards, a été acceptée par le conseil.",
        ],
        "body": [
            "L'opération doit encore recevoir le feu vert des autorités de la concurrence.",
            "« Ce rapprochement crée un champion mondial », a déclaré {person}, {role} de {org}.",
            "L'action de {org2} a bondi de {n} % à l'ouverture de la Bourse.",
            "Le nouvel ensemble emploiera {n2}000 salariés dans le monde.",
            "Les syndicats de {org2} s'inquiètent de possibles suppressions de postes à {city}.",
            "{org} prévoit de finaliser l'acquisition de {org2} d'ici la fin de l'année.",
        ],
    },
    "trial": {
        "titles": [
            "{person} condamné à {n} ans de prison",
            "Le tribunal de {city} condamne {person} pour corruption",
            "Verdict dans le procès de {person} à {city}",
            "{country} : l'ancien {role} {person} reconnu coupable",
            "Corruption : peine de {n} ans pour {person}",
            "{person} va faire appel de sa condamnation",
        ],
        "leads": [
            "Le tribunal de {city} a condamné {person}, ancien {role}, à {n} ans de prison pour corruption.",
            "{person} a été reconnu coupable d'avoir détourné {amount} millions d'argent public.",
            "Au terme d'un procès de plusieurs mois, {person} écope de {n} ans de prison ferme.",
        ],
        "body": [
            "Les juges ont estimé que {person} avait reçu des pots-de-vin de l'entreprise {org}.",
            "« C'est un procès politique », a dénoncé l'avocat de {person}, qui annonce un appel.",
            "Le parquet avait requis {n2} ans de prison contre l'ancien {role}.",
            "{person} devra aussi verser une amende de {amount} millions.",
            "Des partisans de {person} s'étaient rassemblés devant le palais de justice de {city}.",
            "L'affaire avait éclaté il y a trois ans après des révélations de la presse de {country}.",
        ],
    },
    "final": {
        "titles": [
            "{team} remporte {competition} face à {team2}",
            "{competition} : {team} s'impose {score}",
            "Sacre de {team} en finale de {competition}",
            "{team2} s'incline en finale contre {team}",
            "{person} offre {competition} à {team}",
            "Finale de {competition} : la joie de {team}, les larmes de {team2}",
        ],
        "leads": [
            "{team} a battu {team2} {score} en finale de {competition} à {city}.",
            "Grâce à un doublé de {person}, {team} remporte {competition} aux dépens de {team2}.",
            "{team} a conquis {competition} à {city} après une finale tendue face à {team2}.",
        ],
        "body": [
            "{person} a ouvert le score à la {n}e minute d'une frappe en pleine lucarne.",
            "« C'est le plus beau jour de ma carrière », a confié {person} après le match.",
            "{team2} a réduit l'écart en seconde période sans parvenir à égaliser.",
            "Plus de {n2} 000 supporters ont assisté à la finale dans le stade de {city}.",
            "L'entraîneur de {team} a salué un groupe « uni jusqu'au bout ».",
            "C'est le {n2}e titre de l'histoire de {team} dans cette compétition.",
        ],
    },
    "accord": {
        "titles": [
            "{country} et {country2} signent un accord sur {topic}",
            "Accord historique entre {country} et {country2}",
            "{topic} : {country} et {country2} trouvent un terrain d'entente",
            "{person} salue l'accord avec {country2} sur {topic}",
            "Sommet de {city} : {country} et {country2} scellent un accord",
            "{country2} et {country} s'engagent sur {topic}",
        ],
        "leads": [
            "Réunis à {city}, {country} et {country2} ont signé un accord sur {topic}.",
            "{person} et son homologue de {country2} ont conclu à {city} un accord sur {topic} d'un montant de {amount} milliards.",
            "Après des mois de négociations, {country} et {country2} s'entendent sur {topic}.",
        ],
        "body": [
            "L'accord prévoit des investissements de {amount} milliards sur dix ans.",
            "« C'est un jour historique pour nos deux pays », a déclaré {person}, {role}.",
            "Le texte doit encore être ratifié par les parlements de {country} et de {country2}.",
            "Les deux délégations ont négocié pendant {n} heures à {city}.",
            "L'opposition de {country} dénonce des concessions trop importantes à {country2}.",
            "Un comité de suivi se réunira tous les six mois pour vérifier l'application de l'accord.",
        ],
    },
    "derailment": {
        "titles": [
            "Déraillement d'un train près de {city} : {n} blessés",
            "Accident ferroviaire à {city}, au moins {n2} morts",
            "{country} : un train de voyageurs déraille près de {city}",
            "Catastrophe ferroviaire de {city} : l'enquête commence",
            "Train déraillé à {city} : {person} se rend sur place",
            "Les causes du déraillement de {city} encore inconnues",
        ],
        "leads": [
            "Un train reliant {city} à {city2} a déraillé, faisant {n2} morts et {n} blessés.",
            "Plusieurs wagons d'un train de voyageurs se sont couchés près de {city}, selon la compagnie {org}.",
            "L'accident ferroviaire survenu près de {city} a fait au moins {n2} morts, selon les secours.",
        ],
        "body": [
            "Le train transportait environ {depth}0 passagers au moment de l'accident.",
            "{person}, {role}, a annoncé l'ouverture d'une enquête sur l'état des voies.",
            "« Nous avons entendu un bruit énorme puis le wagon s'est renversé », raconte un passager.",
            "La compagnie {org} a suspendu toutes les liaisons entre {city} et {city2}.",
            "Les blessés ont été transportés vers les hôpitaux de {city2}.",
            "Les syndicats de {org} dénoncent depuis des années le manque d'entretien des voies.",
        ],
    },
    "rates": {
        "titles": [
            "La banque centrale de {country} relève son taux à {rate} %",
            "{country} : nouvelle hausse des taux directeurs",
            "Inflation : la banque centrale de {country} resserre encore",
            "{person} justifie la hausse des taux à {rate} %",
            "Taux directeur à {rate} % : {country} lutte contre l'inflation",
            "La monnaie de {country} rebondit après la hausse des taux",
        ],
        "leads": [
            "La banque centrale de {country} a relevé son taux directeur de {bps} points de base, à {rate} %.",
            "Pour contenir une inflation de {n} %, la banque centrale de {country} porte son taux à {rate} %.",
            "{person}, gouverneur de la banque centrale de {country}, annonce un taux directeur de {rate} %.",
        ],
        "body": [
            "L'inflation a atteint {n} % sur un an, son plus haut niveau depuis dix ans.",
            "« Nous ferons ce qu'il faut pour ramener l'inflation vers la cible », a déclaré {person}.",
            "Les analystes attendaient une hausse plus modeste de {bps2} points de base.",
            "Le comité de politique monétaire s'est prononcé à {n2} voix contre deux.",
            "La décision renchérit le crédit immobilier pour les ménages de {country}.",
            "La monnaie de {country} a gagné 1,5 % face au dollar après l'annonce.",
        ],
    },
    "launch": {
        "titles": [
            "{org} lance avec succès la mission {mission}",
            "Décollage réussi pour la mission {mission}",
            "{mission} : la sonde de {org} en route vers {target}",
            "Espace : {country} envoie {mission} vers {target}",
            "{person} salue le lancement de {mission}",
            "La fusée de {org} emporte {mission} depuis {city}",
        ],
        "leads": [
            "L'agence {org} a lancé depuis {city} la mission {mission}, qui doit atteindre {target} dans {n} mois.",
            "La sonde {mission} a décollé de {city} à bord d'une fusée de {org}, direction {target}.",
            "Après plusieurs reports, {org} a réussi le lancement de la mission {mission} vers {target}.",
        ],
        "body": [
            "La sonde {mission} pèse {n2}00 kilogrammes et emporte huit instruments scientifiques.",
            "« C'est l'aboutissement de dix ans de travail », a déclaré {person}, {role} de {org}.",
            "La mission {mission} a coûté {amount} milliards d'euros.",
            "Les premières données de {mission} sont attendues dans {n} mois.",
            "La séparation de la sonde et du lanceur s'est déroulée comme prévu.",
            "{mission} doit étudier la composition du sol de {target}.",
        ],
    },
    "resignation": {
        "titles": [
            "{country} : le ministre {portfolio} {person} démissionne",
            "Démission surprise de {person}, ministre {portfolio}",
            "{person} quitte le gouvernement de {country}",
            "Le gouvernement de {country} perd son ministre {portfolio}",
            "Après la démission de {person}, qui pour le ministère {portfolio} ?",
            "{person} jette l'éponge après la polémique sur {cause}",
        ],
        "leads": [
            "{person}, ministre {portfolio} de {country}, a présenté sa démission après la polémique sur {cause}.",
            "Fragilisé par l'affaire {cause}, {person} quitte le ministère {portfolio}.",
            "Le chef du gouvernement de {country} a accepté la démission de son ministre {portfolio}, {person}.",
        ],
        "body": [
            "{person} était critiqué depuis des semaines pour sa gestion de {cause}.",
            "« Je pars pour ne pas affaiblir le gouvernement », a écrit {person} dans un communiqué.",
            "L'opposition réclamait son départ depuis la révélation de {cause}.",
            "L'intérim du ministère {portfolio} sera assuré par {rival}.",
            "C'est le {n}e départ du gouvernement de {country} en un an.",
            "{person} avait été nommé ministre {portfolio} il y a {n2} mois.",
        ],
    },
}

FILLER = [
    "Les autorités ont promis de communiquer davantage dans les prochains jours.",
    "La situation reste suivie de près par les observateurs de la région.",
    "Cet article sera mis à jour au fil des informations.",
    "Les réactions se sont multipliées sur les réseaux sociaux.",
    "Le gouvernement doit s'exprimer à nouveau dans la journée.",
]

# Original titles in English and Spanish (one per kind is enough: the clustering reads French).
ORIGINAL_TITLES = {
    "en": {
        "earthquake": "Magnitude {mag} earthquake hits {city}, at least {n} dead",
        "flood": "Floods force {n} people from their homes in {city}",
        "wildfire": "Wildfire near {city} burns {n} hectares",
        "strike": "{org} workers walk out over pay",
        "election": "{person} wins presidential election in {country}",
        "protest": "Thousands march in {city} against {cause}",
        "acquisition": "{org} to buy {org2} for ${amount}bn",
        "trial": "{person} jailed for {n} years for corruption",
        "final": "{team} beat {team2} to win {competition}",
        "accord": "{country} and {country2} sign deal on {topic}",
        "derailment": "Train derails near {city}, {n} injured",
        "rates": "{country} central bank raises rate to {rate}%",
        "launch": "{org} launches {mission} mission to {target}",
        "resignation": "{country} {portfolio} minister {person} resigns",
    },
    "es": {
        "earthquake": "Un terremoto de magnitud {mag} sacude {city}: al menos {n} muertos",
        "flood": "Inundaciones en {city}: {n} personas evacuadas",
        "wildfire": "Un incendio cerca de {city} arrasa {n} hectáreas",
        "strike": "Huelga en {org} por los salarios",
        "election": "{person} gana las elecciones presidenciales en {country}",
        "protest": "Miles de personas marchan en {city} contra {cause}",
        "acquisition": "{org} compra {org2} por {amount} mil millones",
        "trial": "Condenan a {person} a {n} años de prisión por corrupción",
        "final": "{team} gana {competition} ante {team2}",
        "accord": "{country} y {country2} firman un acuerdo sobre {topic}",
        "derailment": "Descarrila un tren cerca de {city}: {n} heridos",
        "rates": "El banco central de {country} sube la tasa al {rate} %",
        "launch": "{org} lanza la misión {mission} hacia {target}",
        "resignation": "Dimite {person}, ministro de {portfolio} de {country}",
    },
}

# Words a machine translation sometimes leaves in the original language.
LEFTOVERS = {
    "en": ["the", "officials", "said", "however"],
    "es": ["el", "según", "además", "sin embargo"],
}

SOURCES = {
    "fr": ["Le Courrier du Sud", "La Dépêche libre", "Le Quotidien d'Alsace", "Ouest Matin"],
    "en": ["The Morning Ledger", "Daily Beacon", "The Northern Post", "Global Wire"],
    "es": ["Diario del Sur", "La Voz de Levante", "El Observador Andino", "Crónica Austral"],
}

# The events: (kind, day offset from 2026-03-02, hour, main original language, slots).
# Pairs marked "distractor" share a country and a week with another event.
EVENTS: list[tuple[str, int, int, str, dict[str, str]]] = [
    (
        "earthquake",
        0,
        4,
        "es",
        {
            "city": "Arequipa",
            "country": "Pérou",
            "region": "sud",
            "person": "Rosa Quispe",
            "role": "présidente",
            "mag": "6,9",
            "n": "41",
            "n2": "230",
            "depth": "35",
        },
    ),
    (
        "strike",
        1,
        9,
        "es",
        {
            "city": "Lima",
            "country": "Pérou",
            "org": "Minera Andina",
            "union": "la CGTP",
            "person": "Rosa Quispe",
            "role": "présidente",
            "n": "4",
            "n2": "80",
            "amount": "12",
        },
    ),  # distractor: Peru, same week
    (
        "election",
        3,
        22,
        "es",
        {
            "city": "Bogota",
            "country": "Colombie",
            "person": "Camila Restrepo",
            "rival": "Andrés Galvis",
            "party": "Parti vert",
            "n": "52",
            "n2": "61",
        },
    ),
    (
        "protest",
        4,
        15,
        "es",
        {
            "city": "Medellín",
            "country": "Colombie",
            "cause": "la réforme des retraites",
            "person": "Camila Restrepo",
            "role": "présidente élue",
            "n": "40000",
            "n2": "35",
        },
    ),  # distractor: Colombia, same week
    (
        "acquisition",
        2,
        13,
        "en",
        {
            "org": "Halvorsen Energy",
            "org2": "BlueTide Power",
            "person": "Margaret Hollis",
            "role": "directrice générale",
            "amount": "18",
            "n": "22",
            "n2": "45",
            "city": "Houston",
        },
    ),
    (
        "flood",
        5,
        7,
        "fr",
        {
            "city": "Nîmes",
            "country": "France",
            "river": "Vistre",
            "person": "Claire Dubreuil",
            "role": "préfète du Gard",
            "n": "3000",
            "n2": "4",
            "depth": "6",
        },
    ),
    (
        "strike",
        6,
        8,
        "fr",
        {
            "city": "Marseille",
            "country": "France",
            "org": "Port Autonome de Marseille",
            "union": "la CGT des dockers",
            "person": "Julien Marchetti",
            "role": "ministre des Transports",
            "n": "3",
            "n2": "90",
            "amount": "25",
        },
    ),  # distractor: France, same week
    (
        "trial",
        7,
        11,
        "en",
        {
            "city": "Lagos",
            "country": "Nigeria",
            "person": "Emeka Okonjo",
            "role": "gouverneur",
            "org": "Delta Petrocorp",
            "n": "12",
            "n2": "15",
            "amount": "340",
        },
    ),
    (
        "final",
        8,
        21,
        "es",
        {
            "city": "Montevideo",
            "country": "Uruguay",
            "team": "Nacional",
            "team2": "Boca Juniors",
            "competition": "la Copa del Sur",
            "person": "Facundo Arias",
            "score": "2-1",
            "n": "37",
            "n2": "4",
        },
    ),
    (
        "accord",
        9,
        12,
        "en",
        {
            "city": "Nairobi",
            "country": "Kenya",
            "country2": "Éthiopie",
            "topic": "le partage des eaux du lac Turkana",
            "person": "Grace Wanjiru",
            "role": "présidente du Kenya",
            "amount": "2",
            "n": "30",
        },
    ),
    (
        "wildfire",
        10,
        16,
        "es",
        {
            "city": "Valparaíso",
            "country": "Chili",
            "person": "Ignacio Fuentes",
            "role": "ministre de l'Intérieur",
            "n": "8000",
            "n2": "1200",
            "depth": "38",
        },
    ),
    (
        "resignation",
        11,
        10,
        "es",
        {
            "country": "Chili",
            "portfolio": "de la Santé",
            "person": "Valentina Rojas",
            "cause": "les listes d'attente des hôpitaux",
            "rival": "Tomás Herrera",
            "n": "4",
            "n2": "14",
        },
    ),  # distractor: Chile, same week
    (
        "derailment",
        12,
        6,
        "en",
        {
            "city": "Leeds",
            "city2": "York",
            "country": "Royaume-Uni",
            "org": "Northern Rail",
            "person": "Helen Ashworth",
            "role": "ministre des Transports",
            "n": "64",
            "n2": "3",
            "depth": "45",
        },
    ),
    (
        "rates",
        13,
        14,
        "en",
        {
            "country": "Afrique du Sud",
            "person": "Thabo Nkosi",
            "rate": "9,25",
            "bps": "50",
            "bps2": "25",
            "n": "7",
            "n2": "cinq",
        },
    ),
    (
        "launch",
        14,
        3,
        "fr",
        {
            "city": "Kourou",
            "country": "Europe",
            "org": "l'Agence spatiale européenne",
            "mission": "Hélios-2",
            "target": "Mercure",
            "person": "Anne Lefort",
            "role": "directrice",
            "n": "18",
            "n2": "14",
            "amount": "1,4",
        },
    ),
    (
        "earthquake",
        15,
        18,
        "en",
        {
            "city": "Izmir",
            "country": "Turquie",
            "region": "ouest",
            "person": "Kemal Aydın",  # noqa: RUF001 - a Turkish name
            "role": "ministre de l'Intérieur",
            "mag": "6,4",
            "n": "17",
            "n2": "140",
            "depth": "12",
        },
    ),
    (
        "protest",
        16,
        17,
        "fr",
        {
            "city": "Lyon",
            "country": "France",
            "cause": "la fermeture de la maternité",
            "person": "Sophie Girard",
            "role": "ministre de la Santé",
            "n": "15000",
            "n2": "12",
        },
    ),
    (
        "resignation",
        17,
        9,
        "fr",
        {
            "country": "France",
            "portfolio": "de l'Agriculture",
            "person": "Bernard Lemoine",
            "cause": "les subventions détournées",
            "rival": "Aurélie Caron",
            "n": "3",
            "n2": "8",
        },
    ),  # distractor: France, same week
    (
        "election",
        18,
        23,
        "en",
        {
            "city": "Accra",
            "country": "Ghana",
            "person": "Kwame Mensah",
            "rival": "Ama Boateng",
            "party": "Parti du progrès",
            "n": "54",
            "n2": "68",
        },
    ),
    (
        "acquisition",
        19,
        13,
        "es",
        {
            "org": "Telefónica Austral",
            "org2": "Conecta Móvil",
            "person": "Rodrigo Salazar",
            "role": "président",
            "amount": "4",
            "n": "15",
            "n2": "12",
            "city": "Santiago",
        },
    ),
    (
        "flood",
        20,
        5,
        "es",
        {
            "city": "Valence",
            "country": "Espagne",
            "river": "Turia",
            "person": "Lucía Ferrer",
            "role": "présidente de la région",
            "n": "5000",
            "n2": "9",
            "depth": "5",
        },
    ),
    (
        "strike",
        21,
        8,
        "es",
        {
            "city": "Madrid",
            "country": "Espagne",
            "org": "Renfe",
            "union": "le syndicat Semaf",
            "person": "Pablo Ortega",
            "role": "ministre des Transports",
            "n": "2",
            "n2": "70",
            "amount": "9",
        },
    ),  # distractor: Spain, same week
    (
        "trial",
        22,
        12,
        "es",
        {
            "city": "Buenos Aires",
            "country": "Argentine",
            "person": "Héctor Villalba",
            "role": "ministre de l'Économie",
            "org": "Construcciones Pampa",
            "n": "8",
            "n2": "10",
            "amount": "95",
        },
    ),
    (
        "final",
        23,
        20,
        "en",
        {
            "city": "Londres",
            "country": "Angleterre",
            "team": "Arsenal",
            "team2": "Chelsea",
            "competition": "la FA Cup",
            "person": "Bukayo Saka",
            "score": "3-1",
            "n": "12",
            "n2": "15",
        },
    ),
    (
        "derailment",
        24,
        7,
        "es",
        {
            "city": "Córdoba",
            "city2": "Rosario",
            "country": "Argentine",
            "org": "Trenes Argentinos",
            "person": "Martín Acosta",
            "role": "ministre des Transports",
            "n": "48",
            "n2": "6",
            "depth": "30",
        },
    ),  # distractor: Argentina, near the trial
    (
        "rates",
        25,
        14,
        "es",
        {
            "country": "Mexique",
            "person": "Alejandra Cruz",
            "rate": "11,5",
            "bps": "75",
            "bps2": "50",
            "n": "6",
            "n2": "quatre",
        },
    ),
    (
        "accord",
        26,
        11,
        "fr",
        {
            "city": "Dakar",
            "country": "Sénégal",
            "country2": "Mauritanie",
            "topic": "l'exploitation du gisement gazier offshore",
            "person": "Ousmane Diallo",
            "role": "président du Sénégal",
            "amount": "5",
            "n": "20",
        },
    ),
    (
        "wildfire",
        27,
        15,
        "en",
        {
            "city": "Sacramento",
            "country": "États-Unis",
            "person": "Daniel Whitaker",
            "role": "gouverneur de Californie",
            "n": "12000",
            "n2": "3000",
            "depth": "41",
        },
    ),
    (
        "launch",
        28,
        2,
        "en",
        {
            "city": "Cap Canaveral",
            "country": "États-Unis",
            "org": "la Nasa",
            "mission": "Europa Deep",
            "target": "Europe, la lune de Jupiter",
            "person": "Laura Chen",
            "role": "administratrice",
            "n": "60",
            "n2": "32",
            "amount": "3",
        },
    ),
    (
        "protest",
        29,
        16,
        "es",
        {
            "city": "Santiago",
            "country": "Chili",
            "cause": "la hausse des tarifs du métro",
            "person": "Ignacio Fuentes",
            "role": "ministre de l'Intérieur",
            "n": "25000",
            "n2": "60",
        },
    ),
    (
        "earthquake",
        30,
        9,
        "fr",
        {
            "city": "Agadir",
            "country": "Maroc",
            "region": "sud",
            "person": "Youssef Benali",
            "role": "ministre de l'Intérieur",
            "mag": "5,8",
            "n": "9",
            "n2": "85",
            "depth": "20",
        },
    ),
    (
        "election",
        31,
        22,
        "fr",
        {
            "city": "Abidjan",
            "country": "Côte d'Ivoire",
            "person": "Mariam Koné",
            "rival": "Serge Yao",
            "party": "Rassemblement républicain",
            "n": "57",
            "n2": "59",
        },
    ),
    (
        "strike",
        32,
        8,
        "fr",
        {
            "city": "Paris",
            "country": "France",
            "org": "la RATP",
            "union": "FO-RATP",
            "person": "Julien Marchetti",
            "role": "ministre des Transports",
            "n": "5",
            "n2": "75",
            "amount": "6",
        },
    ),
    # Same kind, same country, same week (and often the same minister): the hardest distractors.
    (
        "strike",
        33,
        7,
        "fr",
        {
            "city": "Lille",
            "country": "France",
            "org": "la SNCF",
            "union": "SUD-Rail",
            "person": "Julien Marchetti",
            "role": "ministre des Transports",
            "n": "4",
            "n2": "60",
            "amount": "15",
        },
    ),
    (
        "protest",
        30,
        18,
        "es",
        {
            "city": "Valparaíso",
            "country": "Chili",
            "cause": "la privatisation du port",
            "person": "Ignacio Fuentes",
            "role": "ministre de l'Intérieur",
            "n": "8000",
            "n2": "20",
        },
    ),
    (
        "wildfire",
        28,
        11,
        "en",
        {
            "city": "San Diego",
            "country": "États-Unis",
            "person": "Daniel Whitaker",
            "role": "gouverneur de Californie",
            "n": "4500",
            "n2": "900",
            "depth": "39",
        },
    ),
    (
        "flood",
        21,
        9,
        "es",
        {
            "city": "Murcie",
            "country": "Espagne",
            "river": "Segura",
            "person": "Antonio Gil",
            "role": "président de la région",
            "n": "1800",
            "n2": "3",
            "depth": "4",
        },
    ),
    (
        "flood",
        33,
        6,
        "en",
        {
            "city": "Dacca",
            "country": "Bangladesh",
            "river": "Buriganga",
            "person": "Rahima Begum",
            "role": "Première ministre",
            "n": "20000",
            "n2": "27",
            "depth": "7",
        },
    ),
]


def _translate_noise(text: str, slots: dict[str, str], lang: str, rng: random.Random) -> str:
    """What a machine translation may do: swap a name's order, leave a word untranslated."""
    person = slots.get("person", "")
    if lang != "fr" and " " in person and rng.random() < 0.3:
        first, last = person.split(" ", 1)
        text = text.replace(person, f"{last} {first}", 1)
    if lang in LEFTOVERS and rng.random() < 0.3:
        words = text.split(" ")
        at = rng.randrange(len(words))
        words.insert(at, rng.choice(LEFTOVERS[lang]))
        text = " ".join(words)
    return text


def build_articles(seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, tzinfo=UTC)
    articles: list[dict] = []
    for event_id, (kind, day, hour, main_lang, slots) in enumerate(EVENTS, start=1):
        templates = FR[kind]
        count = rng.randint(5, 8)
        titles = rng.sample(templates["titles"], k=min(count, len(templates["titles"])))
        while len(titles) < count:
            titles.append(rng.choice(templates["titles"]))
        when = start + timedelta(days=day, hours=hour)
        for i in range(count):
            lang = main_lang if rng.random() < 0.5 else rng.choice(["fr", "en", "es"])
            source = rng.choice(SOURCES[lang])
            at = when + timedelta(minutes=rng.randint(10, 36 * 60))
            body_pool = templates["body"][:]
            rng.shuffle(body_pool)
            paragraphs = body_pool[: rng.randint(3, 5)]
            paragraphs += rng.sample(FILLER, k=rng.randint(0, 2))
            if lang != "fr" and rng.random() < 0.2:
                paragraphs.pop(rng.randrange(len(paragraphs)))  # a dropped segment
            if rng.random() < 0.15:
                paragraphs = []  # an excerpt-only source: title and lead, no body
            fill = dict(slots)
            title = titles[i].format_map(fill)
            lead = rng.choice(templates["leads"]).format_map(fill)
            body = [_translate_noise(p.format_map(fill), slots, lang, rng) for p in paragraphs]
            original_title = title if lang == "fr" else ORIGINAL_TITLES[lang][kind].format_map(fill)
            articles.append(
                {
                    "id": len(articles) + 1,
                    "event": event_id,
                    "kind": kind,
                    "original_language": lang,
                    "source": source,
                    "published_at": at.isoformat(),
                    "original_title": original_title,
                    "title": _translate_noise(title, slots, lang, rng),
                    "lead": _translate_noise(lead, slots, lang, rng),
                    "body": body,
                }
            )
    articles.sort(key=lambda a: (a["published_at"], a["id"]))
    return articles


def load_eval_set(path: Path = OUTPUT) -> list[dict]:
    """The committed evaluation set, in publication order."""
    return json.loads(path.read_text())["articles"]


def main() -> None:
    articles = build_articles()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "about": "Synthetic, written by the nouvelles team (benchmarks/story_dataset.py). "
        "Each article has an event label; text is the French site text.",
        "events": len(EVENTS),
        "articles": articles,
    }
    OUTPUT.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    languages = sorted({a["original_language"] for a in articles})
    print(f"{len(articles)} articles, {len(EVENTS)} events, languages {languages} → {OUTPUT}")


if __name__ == "__main__":
    main()
