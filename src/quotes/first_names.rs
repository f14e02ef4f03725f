//! Common given names whose bearers are overwhelmingly of one gender, so that `he`
//! does not go to Emily Maitlis nor `she` to Patrick Carlineo when no honorific or
//! nearby pronoun says otherwise.
//!
//! Input: a lowercase first name. Output: `Some(true)` female, `Some(false)` male,
//! `None` for names not listed (names given to both, such as Alex, Taylor, Kim or Andrea, are left out).

use super::tokens::WordSet;

#[rustfmt::skip]
static FEMALE: WordSet = WordSet::new(concat!(
    "vivian lilian june april mary patricia jennifer linda elizabeth barbara susan jessica ",
    "sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol ",
    "amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy ",
    "angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra ",
    "rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia ",
    "victoria kelly lauren christina joan evelyn judith megan cheryl hannah jacqueline ",
    "martha gloria teresa ann anne sara madison frances kathryn janice abigail alice judy ",
    "sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie ",
    "brittany charlotte marie kayla alexis lori ellen fiona claire kate katie jane lucy ",
    "sophie chloe ella amelia isla ava mia zoe nina eva julia rosa margie kristi hillary ",
    "ilhan renee alexandria kamala ursula priti liz jacinda greta serena venus simone beyonce ",
    "rihanna oprah melania ivanka meghan camilla eloise sybil nadia monica veronica vanessa ",
    "tina tracy wendy yvonne sheila sally rose ruby penny paula naomi molly lily leah ",
    "kristen joanna jenny irene ingrid holly gina gemma erin emilia eleanor elena daisy ",
    "caroline carmen beth audrey annie alison allison agnes ana sofia lucia marta isabel ",
    "carla fatima aisha mei yuki olga natalia tatiana svetlana irina ekaterina anastasia ",
    "yulia francoise marine segolene brigitte nathalie isabelle sylvie valerie sabine petra ",
    "katarina annalena giorgia chiara francesca giulia alessandra paola gabriela adriana ",
    "beatriz catalina claudia cristina daniela fernanda juliana mariana priya sunita indira ",
    "benazir esther miriam tamar noa layla leila zainab maryam susanna suzanne jill joanne ",
    "josephine lois louise lynn madeleine marcia marjorie maureen nora patsy peggy phyllis ",
    "rita roberta rosemary shannon stacey tammy vera viola alicia amelie angelina bianca ",
    "brooke cara cassandra celia cora elise eliza erica faith felicity georgia harriet ",
    "imogen iris ivy jade jasmine kirsty lara lena lydia maggie mandy melanie nadine nell ",
    "paige poppy rebekah rosie sadie stella tara tessa thea una violet willow ",
    // French, German, Spanish and Italian names.
    "martine monique sandrine celine aurelie veronique chantal helene elisabeth virginie ",
    "delphine emilie juliette mathilde pauline manon clemence cecile genevieve josiane odile ",
    "karine elodie claudine anne-marie marie-france marie-christine ghislaine colette ",
    "solange yvette jeanne birgit monika katrin kerstin silke heike anke ute jutta renate ",
    "gisela helga elke susanne stefanie franziska johanna katharina christiane manuela tanja ",
    "bettina dagmar karin martina saskia sahra svenja luise marlene verena vreni ozlem aylin ",
    "pilar dolores rocio raquel silvia montserrat inmaculada begona ainhoa federica ",
    "valentina elisa alessia ilaria giovanna antonella rossella lorena ines ximena soledad ",
    "guadalupe hildegard anja annegret frauke marion ricarda dorothee lea noemie maelle ",
    "anais jana henrike leonie janina jasmin annika carina antje ulrike ilse uta waltraud ",
    "gertrud wiebke maren imke britta margaux oceane solene agathe aurore capucine gaelle ",
    "elsa heloise ",
    // Russian names as the wires transliterate them.
    "lyudmila galina tatyana yelena natalya oksana larisa yevgenia ",
));

#[rustfmt::skip]
static MALE: WordSet = WordSet::new(concat!(
    "günter héctor spencer connor damian fabian sylvester lester chester homer wim jan ",
    "jürgen james robert john michael david william richard joseph thomas charles ",
    "christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin ",
    "brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan ",
    "stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick ",
    "raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ",
    "ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl ",
    "arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan juan ",
    "wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis tom tony ",
    "jim bob bill mike dave steve chris matt dan ben sam nick jake luke harry charlie oliver ",
    "hugh ian neil simon martin graham colin stuart barry trevor nigel geoffrey howard boris ",
    "vladimir xi emmanuel angus barack mitch bernie ted rand marco jared rudy rudolph ",
    "mohammed muhammad ahmed ali omar hassan ivan sergei dmitry andrey igor jean-claude ",
    "pierre jacques francois hans karl klaus wolfgang giuseppe luca carlos miguel luis pedro ",
    "diego jorge manuel antonio leif lars sven erik tommy owen evan gavin derek craig shane ",
    "wade troy todd glenn dale curtis clint chad brett jeff greg doug josh tim rob ron ken ",
    "len ray will mohamed abdullah khalid hamid hussein mustafa yusuf ibrahim rachid rached ",
    "rashid tariq imran nawaz narendra rahul amit raj sanjay vijay arvind jinping shinzo ",
    "fumio yair naftali binyamin recep bashar hosni abdel nicolas jean-luc jean-marie ",
    "laurent olivier philippe thierry gerhard helmut olaf friedrich jurgen matteo silvio ",
    "giorgio mario sergio pablo alejandro andres felipe fernando francisco javier rafael ",
    "ricardo roberto alexei mikhail nikolai vladislav yevgeny volodymyr petro viktor andrzej ",
    "jaroslaw tomas pieter adrian alfred allen alvin andy archie barney bernard bradley ",
    "cecil clarence clifford clive cyril darren dean dominic duncan dwight earl edgar edwin ",
    "elliot ernest floyd francis fred freddie gordon grant harvey herbert hugo isaac ",
    "jeremiah jonah julian keir lance leo leon leonard lewis lloyd malcolm marcus max milton ",
    "neville norman oscar otto percy phil quentin reginald rex rishi rodney rupert seth ",
    "sidney stanley theodore travis victor warren wesley wilbur winston zach ",
    // French, German, Spanish and Italian names.
    "alain michel christophe bruno didier gerard rene yves herve sebastien julien mathieu ",
    "guillaume antoine benoit arnaud xavier frederic jerome stephane gilles serge marcel ",
    "lionel raphael edouard jean-marc jean-pierre jean-louis jean-yves jean-francois ",
    "jean-michel jean-paul jean-jacques francois-xavier lucas theo thibault remi cedric ",
    "fabrice pascal hubert gaston horst gunter gunther dieter werner uwe heinz manfred ",
    "rainer heinrich stefan andreas markus matthias jorg jens dirk torsten thorsten bjorn ",
    "florian tobias sebastian moritz lukas felix maximilian timo philipp armin hubertus ",
    "claas cem heiko sigmar norbert volker winfried joschka gregor ralf rolf bernd detlef ",
    "kurt fritz hermann ludwig erich claus ulrich ulf axel holger achim joachim hartmut ",
    "siegfried reinhard gunnar nils jonas niklas henrik malte kai-uwe karl-heinz hans-peter ",
    "hans-jurgen josef johann alois franz jose-luis juan-carlos jose-maria alberto ramon ",
    "enrique ignacio gonzalo alvaro inigo mariano alfredo emilio joaquin julio cesar hector ",
    "ruben raul eduardo giovanni francesco lorenzo alessandro davide stefano paolo massimo ",
    "enrico luigi fabio vittorio gianni carlo pietro giancarlo umberto joel gael gregoire ",
    "loic andre matheo sonke finn gerd hauke jannik dominik benedikt konstantin romain ",
    "maxime sylvain franck ludovic yannick youssef karim mehdi patrice ",
    // Arabic and Malay given names (`Ahmad Zahid Hamidi`).
    "ahmad mahmoud mahmud anwar najib ",
    // Russian names as the wires transliterate them.
    "stanislav vadim oleg anatoly valery valentin gennady grigory evgeny nikolay pavel ",
    "maxim maksim denis kirill leonid arkady vyacheslav vitaly pyotr fyodor timur ruslan ",
    "ramzan rustam artem anton ilya yury yuri dmitri dmitriy andrei alexey aleksandr ",
    "aleksey vasily vassily sergey yevgeni ",
));

/// The gender a given name tells, if it is one of the listed names.
pub fn gender(first: &str) -> Option<bool> {
    let w = unaccented(&first.to_lowercase());
    if FEMALE.contains(w.as_str()) {
        Some(true)
    } else if MALE.contains(w.as_str()) {
        Some(false)
    } else {
        // `Anne-Sophie`, `Jean-Yves`: a double name takes its first name's gender. (`Jean`
        // alone is left out, a woman's name in English; `Jean-Daniel` is a man's.)
        let (head, _) = first.split_once('-')?;
        if head.eq_ignore_ascii_case("jean") {
            return Some(false);
        }
        gender(head)
    }
}

/// The word without the diacritics of Latin-script languages (`Ségolène` → segolene,
/// `Jürgen` → jurgen), as the lists are written.
fn unaccented(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            _ => c,
        })
        .collect()
}
