// Scores every text of the given VADER ground-truth files with the npm vader-sentiment port and prints JSON:
// { "<file>": { "scores": [compound, ...], "itemsPerSecond": n } }. Throughput is the best of three passes,
// timed around polarity_scores only (one core, node's single thread).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import vader from 'vader-sentiment';

const score = (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
const result = {};
for (const file of process.argv.slice(2)) {
  const texts = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.length > 0).map((l) => l.split('\t').slice(2).join('\t'));
  const scores = texts.map(score);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const start = process.hrtime.bigint();
    for (const text of texts) score(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  result[basename(file)] = { scores, itemsPerSecond: texts.length / best };
}
process.stdout.write(JSON.stringify(result));
