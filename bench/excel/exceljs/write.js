// Writes N rows of the export's shape with ExcelJS's streaming writer (styled header, frozen pane, autofilter,
// number and date formats); prints "rows milliseconds peakRssMB".
const ExcelJS = require('exceljs');

async function main() {
  const file = process.argv[2];
  const count = parseInt(process.argv[3] || '100000', 10);
  const started = process.hrtime.bigint();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({filename: file, useStyles: true, useSharedStrings: false});
  const sheet = workbook.addWorksheet('Platform A', {views: [{state: 'frozen', ySplit: 1}]});
  sheet.columns = [
    {header: 'Name', key: 'name', width: 20}, {header: 'Phone', key: 'phone', width: 18},
    {header: 'Handle', key: 'handle', width: 20}, {header: 'Profile URL', key: 'url', width: 36},
    {header: 'Email', key: 'email', width: 26}, {header: 'Notes', key: 'notes', width: 30},
    {header: 'Followers', key: 'followers', width: 14, style: {numFmt: '#,##0'}},
    {header: 'Daily visitors', key: 'visitors', width: 14, style: {numFmt: '#,##0'}},
    {header: 'Metrics date', key: 'date', width: 18, style: {numFmt: 'yyyy-mm-dd hh:mm'}},
    {header: 'Platform B handle', key: 'other', width: 22},
    {header: 'Registered', key: 'registered', width: 18, style: {numFmt: 'yyyy-mm-dd hh:mm'}}];
  sheet.autoFilter = {from: 'A1', to: 'K1'};
  sheet.getRow(1).font = {bold: true};
  let peak = 0;
  const at = new Date('2026-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const handle = 'daily_minji' + i;
    // The same neutralising the Java writer does: text Excel would run as a formula gets a leading apostrophe.
    const notes = i % 50 === 0 ? "'=HYPERLINK(\"x\")" : null;
    sheet.addRow({name: '김민지' + (i % 97), phone: '010-' + String(1000 + i % 9000) + '-' + String(1000 + i % 8999),
      handle, url: 'https://a.example/' + handle, email: handle + '@naver.com', notes,
      followers: i * 7, visitors: i % 1000, date: at, other: i % 3 === 0 ? 'b_' + handle : null, registered: at}).commit();
    if ((i & 4095) === 0) {
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  }
  sheet.commit();
  await workbook.commit();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(count + ' ' + ms.toFixed(1) + ' ' + (peak / 1048576).toFixed(0));
}

main().catch(error => { console.error(error); process.exit(1); });
