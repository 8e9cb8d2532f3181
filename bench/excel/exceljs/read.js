// Reads every row of the first sheet with ExcelJS's streaming reader; prints "rows milliseconds peakRssMB".
const ExcelJS = require('exceljs');

async function main() {
  const file = process.argv[2];
  const started = process.hrtime.bigint();
  let rows = 0;
  let peak = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {sharedStrings: 'cache', styles: 'cache', worksheets: 'emit'});
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells = row.values; // what a reader hands an importer: every cell's value
      if (cells.length > 0) {
        rows++;
      }
      if ((rows & 4095) === 0) {
        peak = Math.max(peak, process.memoryUsage().rss);
      }
    }
    break;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(rows + ' ' + ms.toFixed(1) + ' ' + (peak / 1048576).toFixed(0));
}

main().catch(error => { console.error(error); process.exit(1); });
