"""Synthetic labelled comments, French and English, written by us from templates.

The starter spam model is trained on the "train" split; the "heldout" split (another
seed, plus templates the training split never uses) measures it in
`benchmarks/spam_quality.py`. Real readers' comments include links to sources,
short thanks, corrections and strong opinions, because those are what a careless
filter loses; spam covers pharma, casino, crypto, loans, SEO link drops, fake
praise and mixed-language posts.

Regenerate the shipped files with
``python -m nouvelles.core.comment_corpus src/nouvelles/comments/data benchmarks/data``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from nouvelles.core.spam_classifier import LabelledComment
from nouvelles.core.spam_features import CommentSubmission

TOPICS_FR = [
    "la réforme des retraites",
    "le budget de la ville",
    "la sécheresse",
    "les élections",
    "la guerre en Ukraine",
    "le prix de l'électricité",
    "la grève des transports",
    "l'hôpital public",
    "la rentrée scolaire",
    "le logement étudiant",
    "la pêche en Bretagne",
    "les JO",
    "l'inflation",
    "le nouveau tramway",
    "la COP",
    "les agriculteurs",
    "l'OTAN",
    "la dette publique",
    "les vendanges",
    "le télétravail",
    "la fermeture de l'usine",
]
TOPICS_EN = [
    "the pension reform",
    "the city budget",
    "the drought",
    "the election",
    "the war",
    "energy prices",
    "the rail strike",
    "public hospitals",
    "housing",
    "inflation",
    "the new tram line",
    "the climate talks",
    "farmers' protests",
    "NATO",
    "the factory closure",
]
PEOPLE = [
    "le ministre",
    "la maire",
    "le président",
    "l'opposition",
    "les syndicats",
    "la préfète",
    "Lloyd Austin",
    "Olaf Scholz",
    "la Commission",
    "le gouvernement",
    "les experts",
]
SOURCES = [
    "https://www.insee.fr/fr/statistiques/{n}",
    "https://fr.wikipedia.org/wiki/{w}",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT0000{n}",
    "https://www.lemonde.fr/politique/article/{n}.html",
    "https://www.bbc.co.uk/news/world-{n}",
    "https://en.wikipedia.org/wiki/{w}",
    "https://data.gouv.fr/fr/datasets/{w}/",
    "https://www.who.int/news/item/{n}",
    "https://www.assemblee-nationale.fr/dyn/16/textes/l16b{n}_texte-adopte",
    "https://www.reuters.com/world/europe/{w}-{n}/",
    "https://www.service-public.fr/particuliers/vosdroits/F{n}",
]
WIKI_WORDS = [
    "Retraite_en_France",
    "Tramway",
    "Sécheresse",
    "Inflation",
    "OTAN",
    "Budget",
    "Pension",
    "Drought",
]

HAM_FR = [
    "Merci pour cet article très clair sur {topic}.",
    "Je ne suis pas du tout d'accord avec {person} : {topic}, c'est d'abord une question de moyens.",
    "Article intéressant, mais il manque le point de vue des habitants concernés par {topic}.",
    "C'est scandaleux ! Encore une fois {person} se moque des gens ordinaires.",
    "Quelle honte. {person} avait promis le contraire il y a deux ans.",
    "Petite coquille dans le troisième paragraphe : il s'agit de {number} et non de {number2}.",
    "Pour ceux que ça intéresse, les chiffres officiels sont ici : {source}",
    "Source du rapport cité : {source} (page {small}).",
    "Je travaille à l'hôpital depuis {small} ans et je confirme, la situation est pire que ce que décrit l'article.",
    "Est-ce que quelqu'un sait quand {topic} sera discuté au conseil municipal ?",
    "Bravo au journaliste pour ce travail de fond sur {topic}.",
    "Enfin un article qui explique {topic} sans caricature.",
    "Vous oubliez de dire que {person} a voté contre en {year}.",
    "Mon grand-père était pêcheur, il disait déjà la même chose dans les années {decade}.",
    "Traduction un peu bancale par endroits, mais merci de relayer cette information.",
    "Je partage totalement l'analyse. {topic} aurait dû être traité bien plus tôt.",
    "N'importe quoi. Ce genre d'article ne fait qu'alimenter la peur.",
    "Très bon résumé. J'ajouterais que {person} n'a toujours pas répondu aux questions des journalistes.",
    "Merci.",
    "Entièrement d'accord avec le commentaire précédent.",
    "@{name} je ne vois pas le rapport avec {topic}, franchement.",
    "On attend toujours des mesures concrètes sur {topic}. Les promesses, ça suffit.",
    "Le titre est trompeur : l'article dit l'inverse dans le dernier paragraphe.",
    "Dans ma commune on a vu la différence dès {year}, les prix ont augmenté de {small} %.",
    "Lien vers la vidéo complète de la conférence de presse : {source}",
    "Je suis inquiet pour mes enfants. Qui va payer {topic} dans vingt ans ?",
    "Article à partager largement. Merci à la rédaction.",
    "Il faudrait préciser la date de l'annonce, on ne sait pas si c'est {year} ou {year2}.",
    "Ça fait plaisir de lire une info vérifiée, avec les sources, pour une fois.",
    "Ras-le-bol de ces décisions prises à Paris sans consulter personne !!!",
]
HAM_EN = [
    "Thanks for a clear piece on {topic}.",
    "I strongly disagree with {person_en}: {topic} is mostly about funding.",
    "The official figures are here for anyone interested: {source}",
    "Small correction: it was {number}, not {number2}.",
    "This is outrageous. They promised the opposite two years ago.",
    "I've worked in a hospital for {small} years and it is worse than described here.",
    "Does anyone know when {topic} will be voted on?",
    "Good article, but it misses what local people think about {topic}.",
    "Great reporting, thank you.",
    "The headline is misleading: the last paragraph says the opposite.",
    "My town saw prices go up {small}% since {year}. Nobody talks about it.",
    "Here is the full transcript of the press conference: {source}",
    "Nonsense. Articles like this only spread fear.",
    "Agree with the comment above, well put.",
    "The translation is a bit clumsy in places but thanks for sharing this.",
    "@{name} that has nothing to do with {topic}, honestly.",
    "Is the date right? I thought this was announced in {year2}.",
    "Finally someone explains {topic} without the usual spin.",
]
SPAM = [
    # pharma
    "Buy cheap {drug} online without prescription, fast delivery worldwide: {spamurl}",
    "Best prices on {drug} and {drug2}! Discreet shipping, no prescription needed {spamurl}",
    "Achetez du {drug} sans ordonnance, livraison rapide et discrète : {spamurl}",
    "{drug} {dose}mg cheapest online pharmacy, order now {spamurl}",
    "Lose {small} kg in {small2} days with {pill}, doctors hate this trick {spamurl}",
    # casino
    "Best online casino {year}: get a {pct}% welcome bonus and {small} free spins at {spamurl}",
    "Meilleur casino en ligne de {year} : bonus de bienvenue {pct}% + {small} tours gratuits ➜ {spamurl}",
    "Win real money playing slots and poker tonight! Sign up at {spamurl} jackpot guaranteed",
    "Jouez au poker et à la roulette en ligne, retrait immédiat de vos gains sur {spamurl}",
    "Top {small} casinos with instant withdrawal and no deposit bonus {spamurl} {spamurl2}",
    # crypto
    "I made ${money} in one week with the {coin} trading bot, no experience needed, DM me or visit {spamurl}",
    "Investissez dans le {coin} aujourd'hui et doublez votre capital en {small} jours garantis ! {spamurl}",
    "Recover your lost {coin} and USDT fast, contact our certified recovery expert at {spamurl}",
    "{coin} airdrop live now, claim your free tokens before it ends {spamurl}",
    "Thanks to Mr. {spamname}, an expert trader, I now earn ${money} weekly from {coin}. Contact him on WhatsApp +1 {phone}",
    "Passive income with {coin} mining, {pct}% daily profit, join {spamurl}",
    # loans, replicas, services
    "Need a fast loan? Bad credit OK, approval in {small} minutes, apply at {spamurl}",
    "Prêt rapide entre particuliers sans justificatif, taux {small}%, contactez {spamemail}",
    "Cheap replica watches and designer bags, {pct}% off today only {spamurl}",
    "Professional essay writing service, plagiarism free, order your paper at {spamurl}",
    "Buy {small}000 real Instagram followers and likes instantly {spamurl}",
    "Hot singles in your area are waiting for you {spamurl}",
    # SEO link drops
    "{anchor} {spamurl}",
    "Nice post. {spamurl}",
    "Check out {anchor} here: {spamurl} and {spamurl2} and {spamurl3}",
    "Very useful information, also see {spamurl} for {anchor}",
    "{anchor} | {anchor2} | {spamurl}",
    "Great content! For {anchor}, visit {spamurl}",
    "Super article ! Découvrez aussi {anchor} sur {spamurl}",
    # fake praise (the website field carries the link)
    "Hello! I've been reading your blog for a while now and finally got the courage to go ahead and give you a shout out. Keep up the fantastic work!",
    "Wow, awesome blog layout! How long have you been blogging for? You made blogging look easy. The overall look of your website is great.",
    "I am really impressed with your writing skills and also with the layout on your blog. Is this a paid theme or did you customize it yourself?",
    "Hi there, I found your website via Google while searching for a related topic, your site came up, it looks great. I have bookmarked it in my google bookmarks.",
    "Excellent post. I was checking continuously this blog and I am impressed! Very useful info specifically the last part. Thank you and good luck.",
    "Thanks for sharing your thoughts on {topic_en}. Regards",
    "Very nice post. I just stumbled upon your weblog and wanted to say that I've really enjoyed browsing your blog posts. I'll be subscribing to your feed.",
    "Hey would you mind sharing which blog platform you're using? I'm looking to start my own blog soon.",
    "Merci pour ce blog, très bon article, j'ai mis votre site en favori. Visitez aussi mon site web pour plus d'infos.",
    "Its like you read my mind! You appear to know so much about this, like you wrote the book in it or something.",
    # mixed language
    "Très bon article thanks for sharing, check my site for {anchor} cheap price {spamurl}",
    "Bonjour, nice information merci, {anchor} best quality at {spamurl}",
    "Article super great, je recommande {anchor} visit {spamurl} now",
    "Good post merci beaucoup, {drug} pas cher livraison gratuite {spamurl}",
]
DRUGS = [
    "viagra",
    "cialis",
    "tramadol",
    "xanax",
    "levitra",
    "ozempic",
    "phentermine",
    "modafinil",
    "sildenafil",
    "kamagra",
]
PILLS = ["KetoSlim", "GarciniaMax", "SlimFast Pro", "FitBurn", "LeanFuel"]
COINS = ["bitcoin", "BTC", "ethereum", "USDT", "dogecoin", "solana", "crypto"]
ANCHORS = [
    "cheap flights",
    "best vpn",
    "seo services",
    "plombier pas cher",
    "rachat de crédit",
    "voyance gratuite",
    "casino bonus",
    "buy backlinks",
    "forex signals",
    "meilleur vpn",
    "web design agency",
    "escort service",
    "cbd oil",
    "debt relief",
    "assurance auto pas chère",
]
SPAM_DOMAINS = [
    "best-pills-online.top",
    "casino-royal-bonus.xyz",
    "crypto-profit-now.io",
    "cheap-meds.ru",
    "seo-link-farm.biz",
    "replica-shop.cn",
    "fast-loans-24.info",
    "win-big-casino.online",
    "top-followers.shop",
    "essaypro-writers.site",
    "pharma-discount.store",
    "bit-trader-pro.live",
    "voyance-express.fr",
    "pret-facile.click",
    "mega-deals.buzz",
    "slots-777.win",
]
SPAM_NAMES = [
    "James Walker",
    "CryptoKing",
    "Dr. Smith",
    "buy viagra",
    "Casino Bonus",
    "SEO Expert",
    "Anna",
    "Mark",
]
READER_NAMES = [
    "Marie",
    "Jean-Pierre",
    "Sophie L.",
    "Karim",
    "Élodie",
    "Thomas",
    "Nadia",
    "Paul",
    "Lucie",
    "Hervé",
    "Ana",
    "John",
    "Emma",
]

# Templates whose index modulo 5 is 4 are kept out of the training split.
HELDOUT_ONLY = 4


def _fill(template: str, rng: random.Random) -> str:
    def spamurl() -> str:
        path = rng.choice(
            [
                "",
                "/",
                "/promo",
                "/bonus?ref=" + str(rng.randint(10, 999)),
                "/shop/" + rng.choice(DRUGS),
            ]
        )
        return (
            "http"
            + rng.choice(["", "s"])
            + "://"
            + rng.choice(["", "www."])
            + rng.choice(SPAM_DOMAINS)
            + path
        )

    values = {
        "topic": rng.choice(TOPICS_FR),
        "topic_en": rng.choice(TOPICS_EN),
        "person": rng.choice(PEOPLE),
        "person_en": rng.choice(
            ["the minister", "the mayor", "the president", "the opposition", "the unions"]
        ),
        "number": f"{rng.randint(2, 900)} {rng.choice(['millions', 'euros', '%', 'personnes'])}",
        "number2": f"{rng.randint(2, 900)} {rng.choice(['millions', 'euros', '%', 'personnes'])}",
        "small": rng.randint(2, 40),
        "small2": rng.randint(3, 30),
        "year": rng.randint(1995, 2026),
        "year2": rng.randint(1995, 2026),
        "decade": rng.choice([50, 60, 70, 80, 90]),
        "name": rng.choice(READER_NAMES),
        "drug": rng.choice(DRUGS),
        "drug2": rng.choice(DRUGS),
        "dose": rng.choice([10, 20, 50, 100]),
        "pill": rng.choice(PILLS),
        "pct": rng.choice([100, 150, 200, 300, 500]),
        "money": f"{rng.randint(1, 90)},{rng.randint(100, 999)}",
        "coin": rng.choice(COINS),
        "spamname": rng.choice(["Williams", "Johnson", "Brown", "Carter"]),
        "phone": f"{rng.randint(200, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "anchor": rng.choice(ANCHORS),
        "anchor2": rng.choice(ANCHORS),
        "spamurl": spamurl(),
        "spamurl2": spamurl(),
        "spamurl3": spamurl(),
        "spamemail": f"contact{rng.randint(1, 99)}@{rng.choice(SPAM_DOMAINS)}",
        "source": rng.choice(SOURCES).format(n=rng.randint(1000, 99999), w=rng.choice(WIKI_WORDS)),
    }
    return template.format(**values)


def _variant(text: str, rng: random.Random) -> str:
    """Surface variety real text has: case, punctuation, a second sentence."""
    roll = rng.random()
    if roll < 0.1:
        text = text.lower()
    elif roll < 0.15:
        text = text.upper()
    if rng.random() < 0.2:
        text = text.rstrip(".!") + rng.choice(["!", "!!", " ...", ".", " :)"])
    return text


def generate_comments(split: str, count: int, seed: int) -> list[LabelledComment]:
    """`count` labelled comments (about 45 % spam) for the "train" or "heldout" split."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible synthetic data, not security
    allowed = (lambda i: i % 5 != HELDOUT_ONLY) if split == "train" else (lambda i: True)
    ham = [t for i, t in enumerate(HAM_FR + HAM_EN) if allowed(i)]
    spam = [t for i, t in enumerate(SPAM) if allowed(i)]
    examples: list[LabelledComment] = []
    for _ in range(count):
        is_spam = rng.random() < 0.45
        if is_spam:
            template = rng.choice(spam)
            text = _variant(_fill(template, rng), rng)
            name = rng.choice(SPAM_NAMES)
            website = (
                ("https://" + rng.choice(SPAM_DOMAINS) + "/")
                if ("{spamurl}" not in template or rng.random() < 0.3)
                else ""
            )
            email = f"{name.split()[0].lower().strip('.')}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'mail.ru', 'outlook.com', 'yahoo.com'])}"
        else:
            text = _fill(rng.choice(ham), rng)
            if rng.random() < 0.3:  # a second sentence of a different kind
                text += " " + _fill(rng.choice(ham), rng)
            text = _variant(text, rng)
            name = rng.choice(READER_NAMES)
            website = rng.choice(
                [
                    "",
                    "",
                    "",
                    "",
                    "https://monblog.example.fr/",
                    "https://mastodon.social/@" + name.split()[0].lower(),
                ]
            )
            email = f"{name.split()[0].lower()}.{rng.randint(1, 99)}@{rng.choice(['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'proton.me'])}"
        examples.append(
            LabelledComment(
                CommentSubmission(text=text, name=name, email=email, website=website), is_spam
            )
        )
    return examples


def write_jsonl(examples: list[LabelledComment], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for e in examples:
            s = e.submission
            row = {
                "spam": e.spam,
                "name": s.name,
                "email": s.email,
                "website": s.website,
                "text": s.text,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[LabelledComment]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            submission = CommentSubmission(
                text=row["text"],
                name=row.get("name", ""),
                email=row.get("email", ""),
                website=row.get("website", ""),
            )
            examples.append(LabelledComment(submission, bool(row["spam"])))
    return examples


def build_corpus_files(train_dir: Path, heldout_dir: Path) -> None:
    """Write spam_train.jsonl and spam_heldout.jsonl (heldout texts never appear in train)."""
    train = generate_comments("train", 3000, seed=6)
    seen = {e.submission.text for e in train}
    heldout = [
        e for e in generate_comments("heldout", 2400, seed=66) if e.submission.text not in seen
    ]
    write_jsonl(train, train_dir / "spam_train.jsonl")
    write_jsonl(heldout, heldout_dir / "spam_heldout.jsonl")


if __name__ == "__main__":
    build_corpus_files(Path(sys.argv[1]), Path(sys.argv[2]))
