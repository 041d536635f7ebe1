// Regenerates docs/benchmarks.md from bench/results/*.json, so the figures in the docs are the measured ones.
const fs = require('node:fs');
const path = require('node:path');

const resultsDir = path.join(__dirname, 'results');
const target = path.join(__dirname, '..', 'docs', 'benchmarks.md');
const intro = fs.readFileSync(path.join(__dirname, 'benchmarks-intro.md'), 'utf8').trimEnd();

const format = (value) => (typeof value === 'number' ? String(Number(value.toPrecision(4))) : String(value));
const sections = fs
  .readdirSync(resultsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const rows = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
    const commands = [...new Set(rows.map((row) => row.command))];
    const dates = rows.map((row) => row.date).sort();
    const table = [
      '| workload | metric | Cairn | peer | peer value | ratio (>1: Cairn better) | unit |',
      '|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.workload} | ${r.metric} | ${format(r.cairn)} | ${r.peer} | ${format(r.peer_value)} | ${format(r.ratio)} | ${r.unit} |`),
    ];
    return [
      `## ${path.basename(file, '.json')}`,
      '',
      `Measured ${dates[dates.length - 1]}. Reproduce: ${commands.map((c) => `\`${c}\``).join(', ')}`,
      '',
      ...table,
    ].join('\n');
  });

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${intro}\n\n${sections.join('\n\n')}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)} from ${sections.length} result file(s)`);
