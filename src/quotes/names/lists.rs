//! The long word lists of the name rules: titles and organisation words, in the languages read.
//!
//! Input: none. Output: the lists, looked up through `TITLE_SET` and `ORG_SET` in `names`.

/// Titles and job words stripped from a person's name (`President`, `Sen.`, `Minister`).
pub(super) const TITLES: &str = concat!(
    "president vice prime minister deputy foreign defense defence secretary state general ",
    "attorney senator ",
    // `House Minority Whip Anita Lindqvist`, `City Councilmember Ruth Adeyemi`, `Co-star Wren
    // Castellano`.
    "whip minority majority councilmember councilman councilwoman alderman alderwoman ",
    // US town and state titles, and the British and Australian councillor (`Cr Denholm`).
    "selectwoman selectman assemblyman assemblywoman cr cllr ",
    "co-star sen. rep. representative gov. governor mayor dr. dr mr. mr mrs. mrs ms. ms miss ",
    "prof. professor chancellor chairman chairwoman chair chairperson chief executive ceo ",
    "cfo coo cto director spokesperson spokesman spokeswoman judge justice pope king queen ",
    "prince princess sir dame lord lady rev. reverend sheikh sheik imam ayatollah mullah ",
    "emir sultan baroness baron duke duchess earl corporal consul prof father bishop ",
    "archbishop cardinal ambassador envoy special commissioner coach captain capt. col. ",
    "colonel lt. lieutenant gen. maj. major sgt. sergeant admiral adm. commander inspector ",
    // British police ranks as the BBC writes them (`Det Insp`, `Det Supt`).
    "det insp supt ",
    "detective officer leader speaker premier senior adviser advisor analyst economist ",
    "founder co-founder head manager editor correspondent former acting interior finance ",
    "economy national security trade health education treasury congressman congresswoman ",
    "councillor councilman councilwoman lawmaker mp president-elect herr frau m. mme ",
    "monsieur madame señor sr. sra. bundeskanzler kanzler kanzlerin präsident präsidentin ",
    "ministerin ministre président présidente presidente ministro ministra secretario ",
    "portavoz sprecher sprecherin porte-parole chef affairs rev rt hon administrator vp svp ",
    "evp coordinator supervisor instructor physician engineer owner directeur directrice ",
    "professeur doctor researcher scientist expert author lawyer candidate nominee activist ",
    "official officials staff member spokesmen aide assistant associate fellow treasurer ",
    "magistrate coroner constable superintendent brigadier marshal prosecutor solicitor ",
    "barrister auditor ombudsman skipper firefighter pastor rabbi partner strategist ",
    "consultant principal dean superintendent sheriff chancellor gouverneur bürgermeister ",
    "maire alcalde diputado senador juez sénateur député ",
    // Formal titles capitalised before a name (`Warden Burl Cain`), and the military and
    // police abbreviations written with or without their period (`Cpl.`, `Det`).
    "warden chaplain commodore deacon vicar rector clerk registrar delegate undersheriff ",
    "headmaster headmistress headteacher host pilot astronaut patriarch emperor empress ",
    "countess viscount marquess airman seaman del. sgt cpl cpl. pvt pvt. spc spc. pfc ",
    "pfc. lt capt cdr cmdr cmdr. maj gen brig brig. adm col ens. rep gov ",
    // The Irish prime minister and deputy (`Taoiseach Enda Kenny`).
    "taoiseach tánaiste tanaiste ",
    // `Nobel Laureate Hans Rosling`, `Scholar Kevin Kruse`.
    "laureate scholar ",
    // A priest, as Irish and British papers write it (`Fr Dermod McCarthy`).
    "fr fr. ",
);

/// Head words of organisations (`ministry`, `university`, `police`).
pub(super) const ORG_WORDS: &str = concat!(
    "ministry department institute university college school agency office council ",
    // The trades companies are named for (`Prairie Crest Energy`, `Delmont Chemical`).
    "energy foods systems pharmaceuticals therapeutics chemical chemicals rail railroad ",
    "freight logistics ventures brands ",
    "commission command committee company corporation corp corp. inc inc. ltd group bank ",
    "party government administration court police service union association foundation ",
    "organization organisation fund board authority embassy army navy forces military times ",
    "post news journal guardian telegraph herald echo courier chronicle observer examiner ",
    "inquirer dispatch sentinel bulletin quarterly weekly tribune gazette press reuters ",
    // British papers' last words (`London Evening Standard`, `Daily Mirror`).
    "standard mirror express mail academy ",
    // Events (`los Juegos Olímpicos de Sochi`, `the World Cup`): never a person.
    "games juegos olympics festival cup copa championship championships campeonato ",
    // Movements and orders (`the Muslim Brotherhood`).
    "brotherhood movement ",
    "bloomberg kremlin pentagon house parliament congress senate assembly center centre ",
    "centers centres ",
    "network magazine daily review radio television media club federation league alliance ",
    "coalition movement nations watch international initiative hospital festival museum ",
    "gallery orchestra society trust institution cabinet ministère ministerium regierung ",
    "gobierno ministerio polizei policía tribunal universität hochschule institut klinikum ",
    "université universidad gouvernement parquet préfecture mairie gendarmerie ayuntamiento ",
    "fiscalía ministero governo ",
    // States (`the Turkish Republic of Northern Cyprus`, `the United Kingdom`).
    "republic kingdom republik république república ",
    // Spanish and French bodies, their head word first (`Asociación de Vecinos del Casco
    // Antiguo`, `Fédération des irrigants du Sud-Ouest`).
    "asociación federación fédération confederación confédération sindicato syndicat ",
    "audiencia comisión consejería consejo conseil fundación fondation agencia agence ",
    "instituto partido diario asamblea assemblée empresa entreprise société sociedad gericht ",
    "airlines airways motors industries holdings technologies labs laboratories clinic ",
    "observatory monitor insider politico axios economist independent mirror express wire ",
    "records productions ",
    // `Getty Images` (photo credits), `Manchester United` (clubs).
    "images united studios pictures entertainment publishing laboratory directorate ",
    "securities equities capital partners bureau division ",
);
