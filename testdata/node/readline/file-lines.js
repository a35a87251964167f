// The common pattern: readline over fs.createReadStream, with for await
// (crlfDelay: Infinity so \r\n is one line ending) and with 'line'
// events on a small highWaterMark (lines and UTF-8 split across chunks).
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const file = path.join(__dirname, 'fixtures', 'scores.csv');

async function sum() {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let total = 0;
  let rows = 0;
  for await (const line of rl) {
    if (!line || line.startsWith('id,')) continue;
    const [id, name, score] = line.split(',');
    rows++;
    total += Number(score);
    console.log(id, name.padEnd(8), score);
  }
  console.log('rows', rows, 'total', total);
}

sum().then(() => {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 5 }) });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => console.log('small chunks:', JSON.stringify(lines)));
});
