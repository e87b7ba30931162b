// The phrases the tone check looks for, in English and Spanish (a letter may be written in
// either, whatever the UI language). Each list is words and phrases, not whole sentences:
// they are matched as whole words, case-insensitively; ’ in a phrase matches either apostrophe.
import type { ToneRule } from '../text-types';

/** A phrase list as one regular expression that only matches whole words. */
function phrases(...alternatives: string[]): RegExp {
  const body = alternatives.join('|').replace(/’/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

const RELATIVES_EN = 'wife|husband|partner|spouse|kids|children|son|daughter|mother|mom|father|dad|family|boyfriend|girlfriend|landlord|therapist|doctor|lawyer|ex';
const PRIVATE_EN =
  'divorce|separation|health|illness|diagnosis|surgery|operation|anxiety|depression|medication|pregnancy|debts?|bankruptcy|mental health|breakdown|therapy|custody battle';
const RELATIVES_ES = 'esposa|esposo|marido|mujer|pareja|hij[oa]s?|madre|mamá|padre|papá|familia|novi[oa]|casero|terapeuta|médico|abogad[oa]';
const PRIVATE_ES = 'divorcio|separación|salud|enfermedad|diagnóstico|cirugía|operación|ansiedad|depresión|medicación|embarazo|deudas?|bancarrota|quiebra|terapia';

/** Rules that match phrases, in priority order: where two overlap, the earlier one is shown. */
export const PHRASE_RULES: ReadonlyArray<{ rule: ToneRule; pattern: RegExp }> = [
  {
    rule: 'burning-bridges',
    pattern: phrases(
      'waste of (?:my |our |everyone’s )?time',
      'wasted (?:my|our) time',
      'never (?:again )?(?:work|apply|deal) (?:for|with|to) (?:you|your)',
      '(?:you|you’ll|you will) (?:will )?regret',
      'your loss',
      'good luck (?:finding|with that|filling)',
      'i (?:don’t|do not) need (?:this|you|your)',
      'ridiculous|pathetic|insulting|laughable|absurd|a joke',
      'how dare',
      'low-?ball(?:ed|ing)?',
      'shame on you',
      'you people',
      'appalled|disgusted|offended|insulted',
      'pérdida de tiempo',
      'perdí (?:mi|el) tiempo',
      'nunca (?:más )?(?:volveré a |volvería a )?(?:trabajar|trabajaré|trabajaría|postularé|postularía) (?:para|con|en) (?:ustedes|su empresa)',
      'se (?:van a )?arrepentir(?:án)?',
      'ustedes se lo pierden',
      'ridícul[oa]s?|patétic[oa]s?|insultante|absurd[oa]s?|una broma',
      'qué vergüenza|vergonzos[oa]',
      'ofendid[oa]|indignad[oa]',
    ),
  },
  {
    rule: 'criticism',
    pattern: phrases(
      'disorgani[sz]ed|unorgani[sz]ed|chaotic|incompetent|unprofessional|toxic|clueless|sloppy|a mess',
      '(?:was|were|is|are|been) (?:so |very |really |quite )?(?:rude|disrespectful)',
      '(?:terrible|awful|horrible|poor|bad|negative) (?:management|managers?|reviews?|culture|communication|process|pay|salary|offer|benefits|reputation|experience|interview|organi[sz]ation)',
      'poorly (?:run|managed|organi[sz]ed|handled)',
      '(?:the |your )?(?:salary|pay|offer|wage)s? (?:is|was|are|were) (?:too |so |very |far too |way too )?(?:low|bad|poor)',
      'kept me waiting',
      'never (?:got|heard) back',
      '(?:you|your (?:team|recruiter|company|hr)) (?:never|didn’t|did not) (?:respond|reply|call|answer|get back)',
      'underpa(?:y|id)|overworked',
      'glassdoor',
      'desorganizad[oa]s?|caótic[oa]s?|incompetentes?|poco profesional(?:es)?|tóxic[oa]s?|maleducad[oa]s?|groser[oa]s?|irrespetuos[oa]s?|un desastre|un caos',
      '(?:mal[ao]|pésim[oa]|terrible|horrible) (?:gestión|dirección|ambiente|comunicación|proceso|sueldo|salario|oferta|trato|reputación|experiencia)',
      '(?:el )?(?:sueldo|salario) (?:es|era) (?:muy |demasiado )?baj[oa]',
      '(?:nunca|nadie) (?:me )?(?:respondió|respondieron|llamó|llamaron|contestó|contestaron)',
      'me hicieron esperar',
    ),
  },
  {
    rule: 'over-explaining',
    pattern: phrases(
      `(?:because|since) (?:of )?my (?:${RELATIVES_EN})`,
      `my (?:${PRIVATE_EN})`,
      'long story short|to make a long story short|long story',
      'to be (?:completely |totally )?honest with you',
      'let me explain|i (?:need|have|want) to explain',
      'the (?:real|whole|full) (?:reason|story)',
      'i (?:have|had|went through) (?:a lot|so much) going on',
      `porque mi (?:${RELATIVES_ES})`,
      `mi (?:${PRIVATE_ES})`,
      'para no hacer(?:lo)? (?:el cuento )?largo|en resumidas cuentas',
      'déjeme (?:que le )?expli(?:car|que)|tengo que explicar',
      'la verdadera razón|la historia completa',
      'para serle (?:totalmente |muy )?sincer[oa]',
    ),
  },
];

/** Apologies that are too much even once. */
export const STRONG_APOLOGY = phrases(
  '(?:so|very|really|truly|deeply|terribly|extremely|incredibly|awfully) sorry',
  '(?:sincerely|deeply|truly) apologi[sz]e',
  'a thousand apologies|please forgive me',
  'i feel (?:terrible|awful|so bad|really bad|horrible)',
  'i hate to (?:do this|let you down)',
  '(?:lo siento|lamento) (?:muchísimo|mucho|profundamente|de verdad|tanto)',
  'mil disculpas|mil perdones',
  'le pido (?:mil |mis más sinceras )?disculpas',
  'perdóneme',
  'me siento (?:fatal|muy mal|terrible)',
);

/** Any apology: more than one in a letter is too many. */
export const ANY_APOLOGY = phrases('sorry', 'apologi[sz]e[sd]?', 'apologies', 'forgive', 'lo siento', 'disculpe', 'disculpas', 'perdón', 'perdone', 'lamento');

/** "!!", "¡¡", "?!" and the like. */
export const REPEATED_MARKS = /[!¡]{2,}|[!?¡¿]*(?:\?!|!\?)[!?]*/gu;

/** Words in capitals that are usual abbreviations, not shouting. */
export const KNOWN_CAPITALS = new Set(
  (
    'ASAP AARP AJAX ALS ANSI AWS CEO CFO COO CTO CPA CPR CNA DEVOPS EEOC FAQ FEMA GAAP HIPAA HTML HVAC IEEE IKEA JSON LLC LGBTQ ' +
    'MBA NASA NATO NAACP NOAA OSHA RN SAAS SEO SCRUM SQL UCLA UNESCO UNICEF UNIX USA USDA USPS UPS VIA WIFI YMCA ' +
    'EEUU EE UU ONU UE CURP RFC SEIU USCIS'
  ).split(' '),
);

/** Letters-only words (with apostrophes), for the capitals check. */
export const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Words and numbers, for counting length. */
export const COUNTED_WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
