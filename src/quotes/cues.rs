//! Reporting cues: the verbs and phrases that attribute a quote
//! (`said`, `according to`, `sagte`, `a déclaré`, `según`), in English,
//! German, French and Spanish, with the commonest ones of Portuguese, Italian, Dutch,
//! Polish and Czech.
//!
//! Input: tokens of an attribution window. Output: the [`Cue`] at a position.

use super::tokens::{Tok, WordSet};

static VERB_SET: WordSet = WordSet::new(VERBS);
static NAMING_SET: WordSet = WordSet::new(NAMING);
static PARTICIPLE_SET: WordSet = WordSet::new(PARTICIPLES);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb: the speaker is its subject (`X said`, `said X`).
    Verb,
    /// A source phrase: the speaker follows it (`according to X`, `selon X`).
    Source,
    /// German `so X` right after a quote (`„…“, so Merkel`).
    So,
    /// A participle whose subject opens the sentence (`Smith hit back, saying “…”`).
    Participle,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Token index of the cue's first word and the number of its words.
    pub at: usize,
    pub len: usize,
    pub kind: CueKind,
    /// The cue as written (`said`, `according to`, `a déclaré`).
    pub text: String,
    /// French inversion carries its own pronoun subject (`a-t-il déclaré`, `explique-t-elle`).
    pub pronoun: bool,
}

/// Reporting verbs, lowercase.
const VERBS: &str = concat!(
    // English
    "said says say added adds noted notes wrote writes written argued argues warned warns ",
    "explained explains asked asks insisted insists tweeted tweets claimed claims stated ",
    "interjected interjects rejoined retorted retorts interrupted snapped pressed specified ",
    "reads read continued continues recalled recalls told tells reported reports posted ",
    "replied replies responded responds acknowledged acknowledges admitted admits announced ",
    "announces declared declares observed observes suggested suggests concluded concludes ",
    "alleged alleges remarked commented cautioned cautions emphasized emphasised emphasizes ",
    "stressed stresses urged urges instructed instructs predicted predicts testified ",
    "confirmed confirms conceded concedes countered counters joked jokes ",
    // Features write the speaker's manner as the cue (`“Sure,” laughs Bill Gates`).
    "laughs laughed smiles smiled sighs sighed shrugs shrugged quipped quips complained ",
    "complains boasted agreed agrees recounted recounts shouted wondered wonders whispered ",
    "pleaded vowed vows promised demanded mused sighed exclaimed texted emailed messaged ",
    "blogged answered answers maintained maintains contended contends asserted asserts ",
    "reiterated reiterates elaborated elaborates underscored summarized summed pointed ",
    "points reckons reckoned opined chimed shouts yells yelled whispers mutters muttered ",
    "murmurs murmured snaps grumbles grumbled deadpans deadpanned captioned captions ",
    // Advice and feeling (`“…,” Channel advised`, `recommends Cindy Zuniga-Sanchez`).
    "advised advises recommended recommends cautioned lamented laments confessed confesses ",
    "revealed reveals chuckled chuckles gushed gushes scoffed scoffs teased teases bragged ",
    "brags conceded reflected reflects clarified clarifies pledged pledges cried ",
    // German
    "sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint fügte ergänzte ",
    "ergänzt schrieb schreibt warnte warnt kritisierte forderte fragte antwortete berichtete ",
    "berichtet erläuterte unterstrich teilte verkündete räumte bekräftigte versicherte ",
    "beteuerte mahnte sagen twitterte rief ruft lachte lacht seufzte seufzt konterte kontert ",
    "entgegnete entgegnet widersprach widerspricht schilderte schildert ",
    // The same verbs in the present, as blogs and features write them (`Er argumentiert
    // darin, …`, `fordert die Partei`).
    "argumentiert argumentierte kommentiert kommentierte fordert kritisiert fragt antwortet ",
    "unterstreicht bestätigt bestätigte verteidigt verteidigte beklagt beklagte ",
    // `freute sich Wirtschaftsminister Robert Habeck`, `äußerte sich …`: reflexive.
    "freute freut äußerte erzählt erzählte erinnert erinnerte resümiert resümierte urteilt ",
    "urteilte mahnt twittert ",
    // The plural, for groups (`Die Richter schreiben`, `Die Forscher warnen`).
    "schreiben erklären betonen warnen urteilen argumentieren kritisieren spottet spottete ",
    "lästert lästerte bekräftigt versichert beteuert verkündet erläutert teilt räumt fügt ",
    // Verbs of manner, belief and admission (`„…“, stellte er klar`, `gab sie zu`, `schwärmt
    // die Trainerin`, `hofft der Bürgermeister`).
    "stellte stellt gab gibt schwärmt schwärmte verriet verrät gesteht gestand klagt klagte ",
    "hofft hoffte glaubt glaubte befürchtet befürchtete bilanziert ",
    "bilanzierte beschreibt beschrieb appelliert appellierte jubelt jubelte staunt staunte ",
    "scherzt scherzte schimpft schimpfte stöhnt stöhnte begründet begründete relativiert ",
    "relativierte vermutet vermutete verspricht versprach wundert wunderte ärgert ärgerte ",
    "hält hielt wirft warf wettert wetterte ",
    // French
    "déclaré déclare dit explique expliqué affirmé affirme ajouté ajoute souligné souligne ",
    "estimé estime indiqué indique précisé précise raconté raconte confié confie assuré ",
    "assure poursuit poursuivi lancé lance insisté insiste martelé martèle prévenu prévient ",
    "répondu répond écrit annoncé annonce rappelé rappelle reconnu reconnaît commenté ",
    "commente témoigné témoigne regretté regrette dénoncé dénonce averti avertit résume ",
    "résumé observe note noté tweeté ",
    // The imperfect, for words said long ago (`« … », écrivait Victor Hugo`).
    "écrivait disait expliquait déclarait affirmait racontait confiait ajoutait estimait ",
    "soulignait rappelait réagi réagit ironisé ironise glissé répliqué réplique rétorqué ",
    "rétorque conclu conclut lâché concédé concède admis plaidé plaide fustigé fustige ",
    "déploré déplore protesté proteste clamé clame jugé relevé ",
    // A feature's manner of speaking (`« … », sourit-il`, `souffle un proche`, `tranche-t-elle`).
    "sourit souri rit souffle soufflé lâche glisse tranche tranché répète répété peste nuance ",
    "nuancé jure juré bougonne analyse analysé renchérit renchéri détaille détaillé constate ",
    "constaté soupire soupiré interroge ",
    // What a report or a body finds (`la Cour des comptes décrit`, `la Banque de France relève
    // que`), and a speaker's mood (`s'amuse son père`, `s'agace la maire`).
    "décrit décrivait relève relevait juge jugeait montre reproche confirme confirmé admet ",
    "avoue avoué signale signalé pointe pointé promet promis assène asséné tonne tonné ",
    "s'amuse s’amuse s'agace s’agace s'emporte s’emporte s'étonne s’étonne s'inquiète ",
    "s’inquiète s'indigne s’indigne interpelle raille ",
    // Spanish
    "dijo dice afirmó afirma explicó explica declaró declara aseguró asegura señaló señala ",
    "añadió añade agregó agrega indicó indica comentó comenta manifestó sostuvo sostiene ",
    "advirtió advierte subrayó subraya insistió insiste precisó apuntó apunta relató relata ",
    "escribió escribe respondió responde contó expresó destacó destaca reconoció admitió ",
    "aseveró puntualizó recordó recuerda preguntó ",
    // The imperfect (`Decía Sebastian Coe: «…»`).
    "decía explicaba aseguraba afirmaba comentaba recordaba ",
    // Portuguese
    "disse diz afirmou explicou declarou acrescentou destacou ressaltou contou escreveu ",
    // Italian
    "detto dichiarato spiegato aggiunto afferma spiega aggiunge sottolinea ",
    // Dutch
    "zei zegt verklaarde ",
    // Polish
    "powiedział powiedziała mówi dodał dodała stwierdził stwierdziła podkreślił podkreśliła ",
    "napisał napisała ",
    // Czech
    "řekl řekla říká uvedl uvedla uvádí dodal dodala dodává přidává píše napsal napsala ",
    "tvrdí hodnotí zdůrazňuje zdůraznil zdůraznila prohlásil prohlásila sdělil sdělila ",
    "poznamenal vysvětlil vysvětluje podotkl upozornil ",
);

/// Participles that attribute a quote to the sentence's subject (English, German, French, Spanish).
const PARTICIPLES: &str = concat!(
    "saying adding noting telling writing explaining arguing warning insisting stating ",
    "asking claiming declaring tweeting recalling calling describing dismissing branding ",
    "labelling labeling quipping joking urging stressing promising vowing acknowledging ",
    "admitting suggesting pointing conceding replying responding announcing describing ",
    "labeling labelling dubbing characterizing affirmant ajoutant expliquant estimant ",
    "soulignant déclarant diciendo añadiendo explicando afirmando señalando ",
);

/// Verbs of opinion and naming that also introduce quoted words (`Smith called it “a disaster”`).
const NAMING: &str = concat!(
    "called calls described describes termed labeled labelled branded hailed deemed believes ",
    "believed thinks hopes hoped feels felt pledged promised insisted referred refers sees ",
    "saw dismissed criticized criticised slammed blasted praised views viewed attacked ",
    "derided dubbed characterized characterised characterizes characterises denounced denounces ",
    // French verbs of naming and calling for (`La CGT a appelé à « … »`, `a qualifié de « … »`).
    "appelé appelle qualifié qualifie jugé évoqué évoque plaidé plaide réclamé réclame salué ",
    "salue fustigé fustige déploré déplore prôné prône ",
    // German (`sprach von einem „…“`, `nannte es „…“`, `bezeichnete ihn als „…“`).
    "kündigte kündigt sprach spricht nannte nennt bezeichnete bezeichnet lobte lobt ",
    // Spanish (`calificó de « … »`, `tildó`, `denunció`).
    "calificó califica tildó celebró avanzó aseguran afirman denunció criticó critica ",
);

/// The length of a French adverb or adverbial phrase opening `toks`, with no punctuation in it:
/// `sobrement`, `également`, `pour sa part`, `de son côté`, `quant à lui`.
fn french_adverbial_len(toks: &[Tok]) -> Option<usize> {
    let first = toks.first()?;
    let words: Vec<&str> = toks.iter().take(3).map(|t| t.lower.as_str()).collect();
    let len = if first.lower.ends_with("ment")
        || matches!(
            first.lower.as_str(),
            "aussi" | "ensuite" | "toutefois" | "pourtant" | "alors" | "encore" | "déjà" | "ainsi"
        ) {
        1
    } else if matches!(
        words.as_slice(),
        ["pour", "sa" | "leur", "part"]
            | ["de", "son" | "leur", "côté"]
            | ["quant", "à", "lui" | "elle" | "eux"]
            | ["à", "son" | "leur", "tour"]
    ) {
        3
    } else {
        return None;
    };
    toks[..len].iter().all(|t| t.breaks_not()).then_some(len)
}

/// French auxiliaries before a participle (`a déclaré`).
static FRENCH_AUX: WordSet = WordSet::new("a ont avait avaient aurait");

/// Participles of French pronominal verbs of speech, in any gender and number
/// (`s’est indigné`, `s’est félicitée`, `se sont inquiétés`).
fn is_pronominal_speech(w: &str) -> bool {
    static PRONOMINAL: WordSet = WordSet::new(concat!(
        "indigné félicité insurgé emporté agacé exclamé amusé interrogé inquiété réjoui étonné ",
        "offusqué alarmé exprimé défendu justifié ",
    ));
    let w = w.strip_suffix('s').unwrap_or(w);
    let w = w
        .strip_suffix('e')
        .filter(|stem| stem.ends_with(['é', 'i', 'u']))
        .unwrap_or(w);
    PRONOMINAL.contains(w) || PRONOMINAL.contains(&participle_of_present(w))
}

/// `se félicite(nt)` → félicité, `s’inquiète` → inquiété, `se réjouit` → réjoui: the present of
/// a first- or second-group verb, as its participle.
fn participle_of_present(w: &str) -> String {
    let w = w.strip_suffix("nt").unwrap_or(w);
    if let Some(stem) = w.strip_suffix('e') {
        format!("{}é", stem.replace('è', "é"))
    } else {
        w.strip_suffix('t').unwrap_or(w).to_string()
    }
}

/// Spanish participles of speech after `ha`/`han` (`ha advertido el alcalde`).
static SPANISH_PARTICIPLES: WordSet = WordSet::new(concat!(
    "dicho celebrado declarado afirmado asegurado explicado señalado añadido agregado indicado ",
    "advertido defendido insistido subrayado manifestado reconocido apuntado criticado ",
    "denunciado destacado recordado lamentado admitido reiterado sostenido respondido precisado ",
    "anunciado alertado escrito contado relatado confesado comentado valorado aclarado ",
    "matizado remarcado recalcado expresado ",
));

/// Single-word source cues (`selon X`, `laut X`, `según X`, `d’après X`).
static SOURCES: WordSet =
    WordSet::new("selon laut según d'après d’après segundo secondo volgens według podle ");

pub fn is_verb(lower: &str) -> bool {
    VERB_SET.contains(lower) || NAMING_SET.contains(lower)
}

/// A verb that names or describes rather than reports (`called`, `described`).
pub fn is_naming(lower: &str) -> bool {
    NAMING_SET.contains(lower)
}

/// A reporting verb or a source word (`Laut Olaf Scholz …`): never the first word of a name.
pub fn is_cue_word(lower: &str) -> bool {
    is_verb(lower) || SOURCES.contains(lower) || PARTICIPLE_SET.contains(lower)
}

/// An English reporting participle: `saying`, `declaring`, `warning`.
pub fn is_participle(lower: &str) -> bool {
    PARTICIPLE_SET.contains(lower)
}

/// French inverted subject: `déclare-t-il` → (`déclare`, true).
fn split_inversion(lower: &str) -> (&str, bool) {
    for suffix in [
        "-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-t-on", "-on",
    ] {
        if let Some(v) = lower.strip_suffix(suffix) {
            return (v, true);
        }
    }
    (lower, false)
}

impl Cue {
    /// The French inverted pronoun as (plural, female): `dit-il` → (false, Some(false)),
    /// `explique-t-elle` → (false, Some(true)), `ajoutent-ils` → (true, None).
    pub fn inverted_pronoun(&self) -> (bool, Option<bool>) {
        let lower = self.text.to_lowercase();
        let word = lower
            .split(' ')
            .find(|w| split_inversion(w).1)
            .unwrap_or("");
        let plural = word.ends_with('s');
        (plural, (!plural).then_some(word.ends_with("elle")))
    }

    /// The French inverted pronoun is `on` (`indique-t-on en mairie`): no one in particular.
    pub fn impersonal(&self) -> bool {
        self.text
            .to_lowercase()
            .split(' ')
            .any(|w| w.ends_with("-on") && split_inversion(w).1)
    }
}

/// German `so` as an aside between commas (`Die Produkte würden, so das Gericht, „…“`): after
/// a comma, a capitalised name or an article and a noun, closed by a comma within four words.
fn so_aside(toks: &[Tok], i: usize) -> bool {
    let opens = i > 0 && toks[i].lower == "so" && toks[i - 1].after == Some(',');
    let rest = &toks[i + 1..];
    let named = match rest {
        [n, ..] if n.cap => true,
        [a, n, ..] => matches!(a.lower.as_str(), "der" | "die" | "das") && n.cap,
        _ => false,
    };
    let closed = rest.iter().take(4).any(|t| t.after == Some(','));
    opens && named && closed
}

fn cue(at: usize, len: usize, kind: CueKind, toks: &[Tok], pronoun: bool) -> Cue {
    let words: Vec<&str> = toks[at..at + len].iter().map(|t| t.word).collect();
    Cue {
        at,
        len,
        kind,
        text: words.join(" "),
        pronoun,
    }
}

/// The cue starting at token `i`, if any. `right_after_quote` allows German `so`.
pub fn cue_at(toks: &[Tok], i: usize, right_after_quote: bool) -> Option<Cue> {
    let t = &toks[i];
    let next = toks.get(i + 1);
    let next_lower = next.map(|n| n.lower.as_str());
    // `according to X` / `de acuerdo con X` / `selon X`.
    if t.lower == "according" && next_lower == Some("to") {
        return Some(cue(i, 2, CueKind::Source, toks, false));
    }
    // `Nach Angaben der Polizei wurden „…“`: German `according to`.
    if t.lower == "nach" && next_lower == Some("angaben") {
        return Some(cue(i, 2, CueKind::Source, toks, false));
    }
    if t.lower == "de"
        && next_lower == Some("acuerdo")
        && toks.get(i + 2).is_some_and(|x| x.lower == "con")
    {
        return Some(cue(i, 3, CueKind::Source, toks, false));
    }
    // `As Mary Beard puts it, “…”`, `as he put it bluntly` (not `put it on the table`).
    if matches!(t.lower.as_str(), "puts" | "put")
        && next_lower == Some("it")
        && toks.get(i + 1).is_some_and(|it| {
            it.after.is_some()
                || toks.get(i + 2).is_some_and(|a| {
                    a.lower.ends_with("ly") || matches!(a.lower.as_str(), "best" | "well")
                })
        })
    {
        return Some(cue(i, 2, CueKind::Verb, toks, false));
    }
    // `In the words of Nelson Mandela, “…”`.
    if t.lower == "words"
        && next_lower == Some("of")
        && i > 0
        && toks[i - 1].lower == "the"
        && toks.get(i + 2).is_some_and(|n| n.cap)
    {
        return Some(cue(i, 2, CueKind::Source, toks, false));
    }
    if SOURCES.contains(&t.lower) {
        return Some(cue(i, 1, CueKind::Source, toks, false));
    }
    // `„…“, so Merkel`, `„…“, so der Kanzler`: only right after the quote, before a
    // capitalised name or a German article and a noun.
    // (`so die 54-Jährige`: the tokenizer reads a noun after a number and a hyphen as capitalised.)
    let german_noun = || {
        matches!(next_lower, Some("der" | "die" | "das")) && toks.get(i + 2).is_some_and(|n| n.cap)
    };
    if right_after_quote
        && i == 0
        && t.lower == "so"
        && (next.is_some_and(|n| n.cap) || german_noun())
    {
        return Some(cue(i, 1, CueKind::So, toks, false));
    }
    if so_aside(toks, i) {
        return Some(cue(i, 1, CueKind::So, toks, false));
    }
    if t.cap && i > 0 {
        return None;
    }
    if PARTICIPLE_SET.contains(&t.lower) {
        return Some(cue(i, 1, CueKind::Participle, toks, false));
    }
    // `the complaint states`, `Smith states`: `states` reports after a document, a name or a
    // pronoun (not `in all states`, `the United States`).
    if t.lower == "states"
        && (if i == 0 {
            right_after_quote
        } else {
            let p = &toks[i - 1];
            p.cap || super::names::is_document(&p.lower) || p.lower == "it"
        })
    {
        return Some(cue(i, 1, CueKind::Verb, toks, false));
    }
    // `s’insurge Marine Tondelier`: the present, elided into one word.
    if let Some(verb) = t
        .lower
        .strip_prefix("s’")
        .or_else(|| t.lower.strip_prefix("s'"))
        && is_pronominal_speech(verb)
    {
        return Some(cue(i, 1, CueKind::Verb, toks, false));
    }
    // `s’est indigné`, `s’est félicitée`: a French pronominal verb of speech.
    if let Some(n) = next
        && matches!(t.lower.as_str(), "s'est" | "s’est" | "se")
        && is_pronominal_speech(&n.lower)
        && t.breaks_not()
    {
        return Some(cue(i, 2, CueKind::Verb, toks, false));
    }
    // Spanish perfect: `ha advertido`, `han denunciado`.
    if let Some(n) = next
        && matches!(t.lower.as_str(), "ha" | "han" | "había" | "habían")
        && SPANISH_PARTICIPLES.contains(&n.lower)
        && t.breaks_not()
    {
        return Some(cue(i, 2, CueKind::Verb, toks, false));
    }
    // `a déclaré`, `a-t-il déclaré`, `m'avait-il prévenu`, `l'a répété` (an object pronoun
    // before the auxiliary).
    let (head, inverted) = split_inversion(&t.lower);
    let head = ["m'", "m’", "l'", "l’", "t'", "t’"]
        .iter()
        .find_map(|p| head.strip_prefix(p))
        .unwrap_or(head);
    if let Some(n) = next
        && (FRENCH_AUX.contains(head) || head == "a-t")
        && is_verb(&n.lower)
        && t.breaks_not()
    {
        return Some(cue(i, 2, CueKind::Verb, toks, inverted));
    }
    // `a sobrement réagi`, `a-t-il simplement répondu`, `a pour sa part promis`: an adverb or
    // an adverbial phrase between the two.
    if (FRENCH_AUX.contains(head) || head == "a-t")
        && t.breaks_not()
        && let Some(k) = french_adverbial_len(&toks[i + 1..])
        && toks.get(i + 1 + k).is_some_and(|n| is_verb(&n.lower))
    {
        return Some(cue(i, k + 2, CueKind::Verb, toks, inverted));
    }
    if is_verb(head) {
        if passive_without_agent(toks, i) || counterfactual(toks, i) {
            return None;
        }
        let needed = needs_next_word(head);
        if let Some((words, _)) = needed
            && !next_lower.is_some_and(|n| words.contains(&n))
        {
            return None;
        }
        let len = if needed.is_some_and(|(_, joined)| joined) {
            2
        } else {
            1
        };
        return Some(cue(i, len, CueKind::Verb, toks, inverted));
    }
    None
}

/// `the night the split was announced: “…”`: a passive names no speaker before it (unless
/// `by` follows, `was hailed by X as “…”`), so it is no cue. (`Boehner was asked …` stays: the
/// one asked or told answers.)
fn passive_without_agent(toks: &[Tok], i: usize) -> bool {
    if matches!(toks[i].lower.as_str(), "asked" | "told") {
        return false;
    }
    let be = i > 0
        && toks[i - 1].breaks_not()
        && matches!(
            toks[i - 1].lower.as_str(),
            "was" | "were" | "been" | "being" | "is" | "are"
        );
    be && toks.get(i + 1).is_none_or(|n| n.lower != "by")
}

/// `more sympathetic than anything Tony Blair might have said`: what someone would or might
/// have said was not said, so it is no cue.
fn counterfactual(toks: &[Tok], i: usize) -> bool {
    static MODALS: WordSet = WordSet::new("might would could should may must");
    i >= 2
        && toks[i - 1].lower == "have"
        && toks[i - 1].breaks_not()
        && MODALS.contains(toks[i - 2].lower.as_str())
}

/// Verbs that report only with a certain word after them: the words, and whether that word is
/// part of the cue. `pointed out`, `summed up` (a bare `points` is a noun); `sprach von einem
/// „…“`, not `spricht … an` (addresses).
fn needs_next_word(head: &str) -> Option<(&'static [&'static str], bool)> {
    match head {
        "pointed" | "points" | "summed" | "chimed" => Some((&["out", "up", "in"], true)),
        "sprach" | "spricht" => Some((&["von"], false)),
        _ => None,
    }
}

impl Tok<'_> {
    /// No punctuation right after this word.
    fn breaks_not(&self) -> bool {
        self.after.is_none()
    }
}

/// The first cue in `toks`, searching from the start.
pub fn first_cue(toks: &[Tok], right_after_quote: bool) -> Option<Cue> {
    (0..toks.len()).find_map(|i| cue_at(toks, i, right_after_quote))
}

/// The last cue in `toks`.
/// A cue of several words wins over its last word alone (`a déclaré`, `a pour sa part promis`,
/// not `déclaré`, `promis`).
pub fn last_cue(toks: &[Tok]) -> Option<Cue> {
    let c = (0..toks.len()).rev().find_map(|i| cue_at(toks, i, false))?;
    let wider = (c.at.saturating_sub(4)..c.at)
        .find_map(|i| cue_at(toks, i, false).filter(|w| w.at + w.len > c.at));
    Some(wider.unwrap_or(c))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn first(s: &str) -> Option<(String, CueKind, bool)> {
        first_cue(&tokenize(s), true).map(|c| (c.text, c.kind, c.pronoun))
    }

    #[test]
    fn english_verbs_and_according_to() {
        assert_eq!(
            first("he said."),
            Some(("said".into(), CueKind::Verb, false))
        );
        assert_eq!(
            first("According to Reuters,"),
            Some(("According to".into(), CueKind::Source, false))
        );
        assert_eq!(
            first("she pointed out"),
            Some(("pointed out".into(), CueKind::Verb, false))
        );
    }

    #[test]
    fn german_french_spanish_cues() {
        assert_eq!(first("sagte Merkel.").unwrap().0, "sagte");
        assert_eq!(first("so Merkel.").unwrap().1, CueKind::So);
        assert_eq!(first("a déclaré le ministre").unwrap().0, "a déclaré");
        let last = |s: &str| last_cue(&tokenize(s)).map(|c| c.text);
        assert_eq!(
            last("Jean-Luc Mélenchon a dénoncé").as_deref(),
            Some("a dénoncé")
        );
        assert_eq!(
            first("a-t-il déclaré").unwrap(),
            ("a-t-il déclaré".into(), CueKind::Verb, true)
        );
        assert!(first("explique-t-elle.").unwrap().2);
        assert_eq!(first("selon Macron,").unwrap().1, CueKind::Source);
        assert_eq!(first("dijo el presidente").unwrap().0, "dijo");
        assert_eq!(first("según fuentes").unwrap().1, CueKind::Source);
    }

    #[test]
    fn a_features_manner_of_speaking_is_a_cue() {
        // Synthetic passages synT-05, synR-04 and synT-06 (French features): `« Peur, non. Du
        // respect, beaucoup », sourit-il`, `souffle un ouvrier`, `s'amuse la meneuse`; synQ-04:
        // `rief die Kapitänin`.
        assert!(first("sourit-il.").unwrap().2);
        for s in [
            "souffle un ouvrier",
            "s'amuse la meneuse",
            "rief die Kapitänin",
        ] {
            assert!(first(s).is_some(), "{s}");
        }
    }

    #[test]
    fn capitalised_words_are_not_verbs_mid_sentence() {
        // `United States` is not `states`, `Notes` in a title is not `notes`.
        assert_eq!(first("the Claims Office"), None);
    }
}
