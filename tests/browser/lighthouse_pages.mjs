// Lighthouse reports of several pages from one Chromium: node lighthouse_pages.mjs CATEGORIES URL...
// Prints a JSON list of {url, runtimeError, categories: {id: {score, failed: [audit id and title]}}}.
// Lighthouse's default (mobile) settings; unthrottled, as no timing is read from these reports.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [categories, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: process.env.CHROME_FLAGS.split(" "),
});
const results = [];
try {
  for (const url of urls) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: categories.split(","),
      throttlingMethod: "provided",
      disableFullPageScreenshot: true,
      logLevel: "error",
    });
    const scored = {};
    for (const [id, category] of Object.entries(lhr.categories)) {
      const failed = category.auditRefs
        .filter((ref) => ref.weight && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${ref.id}: ${lhr.audits[ref.id].title}`);
      scored[id] = { score: category.score, failed };
    }
    results.push({ url, runtimeError: lhr.runtimeError?.message ?? null, categories: scored });
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
