import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { withPreview } from '/work/wt/trust/scripts/preview.ts';
const paths = process.argv.slice(2).filter(a => a.startsWith('/'));
const desktop = process.argv.includes('--desktop');
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  await withPreview(async (base) => {
    for (const p of paths) {
      const run = await lighthouse(base + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance','accessibility','best-practices','seo'] }, desktop ? desktopConfig : undefined);
      const lhr = run!.lhr; if (lhr.runtimeError) console.log('runtime', lhr.runtimeError.message);
      console.log(p, Object.values(lhr.categories).map(c => Math.round((c.score ?? 0)*100)).join(' '),
        'TBT', lhr.audits['total-blocking-time'].displayValue, 'mainthread', lhr.audits['mainthread-work-breakdown'].displayValue, 'LCP', lhr.audits['largest-contentful-paint'].displayValue, 'CLS', lhr.audits['cumulative-layout-shift'].displayValue);
      const mt = lhr.audits['mainthread-work-breakdown'].details as any;
      console.log('   groups', (mt?.items ?? []).map((i: any) => `${i.group}:${Math.round(i.duration)}`).join(' '));
      const lt = lhr.audits['long-tasks']?.details as any;
      console.log('   longtasks', (lt?.items ?? []).slice(0,8).map((i: any) => `${i.url?.split('/').pop()}@${Math.round(i.startTime)}:${Math.round(i.duration)}`).join(' '));
      const bu = lhr.audits['bootup-time'].details as any;
      for (const item of (bu?.items ?? []).slice(0, 5)) console.log('   ', item.url, Math.round(item.total), Math.round(item.scripting));
    }
  });
} finally { chrome.kill(); }
