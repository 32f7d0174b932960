// Runs franc on the evaluation texts: prints one JSON object with each text's ISO 639-3 answer and franc's
// throughput: texts per second of this process's CPU time (the machine is shared, so wall time is noise), warm,
// over whole passes for at least three CPU seconds; and the languages franc can answer with these options.
// usage: node franc-side-by-side.mjs TEXTS.tsv [only-codes,comma,separated]
import {readFileSync} from 'node:fs'
import {franc} from 'franc'
import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'

const [textsPath, onlyList] = process.argv.slice(2)
const texts = readFileSync(textsPath, 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.slice(line.indexOf('\t') + 1))
const options = onlyList ? {only: onlyList.split(',')} : {}

const predictions = texts.map((text) => franc(text, options))
const cpuSeconds = (usage) => (usage.user + usage.system) / 1e6
let passes = 0
const start = process.cpuUsage()
let elapsed = 0
while (elapsed < 3) {
  for (const text of texts) franc(text, options)
  passes++
  elapsed = cpuSeconds(process.cpuUsage(start))
}

// The languages franc can answer: those with trigram profiles, and those its script expressions decide alone.
const languages = [
  ...Object.values(data).flatMap((profiles) => Object.keys(profiles)),
  ...Object.keys(expressions).filter((name) => !(name in data))
].filter((code) => !options.only || options.only.includes(code))

process.stdout.write(JSON.stringify({predictions, textsPerSecond: (passes * texts.length) / elapsed, languages}))
