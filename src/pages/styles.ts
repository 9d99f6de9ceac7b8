import { fontRules, fontStack } from "../lib/fonts";

/** The one stylesheet, served from /assets/app.css so pages need no inline styles (CSP-friendly). */
export const stylesheet = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;font-family:${fontStack("en")}}
${fontRules}
body{margin:0;font-size:1.0625rem;line-height:1.5;color:#18181b;background:#fafafa}
a{color:#1d4ed8}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:1}
body>header{background:#1e3a8a;color:#fff;padding:.75rem 1rem}
body>header a{color:#fff}
.site{font-weight:700;text-decoration:none;font-size:1.125rem}
nav.langs{display:flex;flex-wrap:wrap;gap:0 .75rem;margin-top:.25rem;font-size:.9375rem}
nav.langs a{display:inline-block;min-width:1.5rem;min-height:1.5rem;line-height:1.5rem}
nav.langs [aria-current]{font-weight:700;text-decoration:none}
main{max-width:42rem;margin:0 auto;padding:1rem}
footer{max-width:42rem;margin:2rem auto;padding:0 1rem;font-size:.875rem;color:#52525b}
h1{font-size:1.625rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:0 0 .75rem}
fieldset{border:1px solid #d4d4d8;border-radius:6px;margin:0 0 1.25rem;padding:.75rem 1rem 1rem;background:#fff}
legend{font-weight:700;font-size:1.125rem;padding:0 .25rem}
fieldset fieldset{border-color:#e4e4e7}
fieldset fieldset legend{font-size:1rem}
.field{margin:0 0 1rem}
label,.label{display:block;font-weight:600;margin-bottom:.25rem}
.hint{display:block;color:#52525b;font-size:.9375rem;margin:0 0 .25rem}
.tag{font-weight:400;color:#52525b;font-size:.875rem}
input[type=text],input[type=search],input[type=email],input[type=tel],input[type=date],select,textarea{display:block;width:100%;font:inherit;padding:.5rem;border:2px solid #52525b;border-radius:4px;background:#fff;min-height:2.75rem}
textarea{min-height:8rem}
input[type=checkbox],input[type=radio]{width:1.5rem;height:1.5rem;margin:0 .5rem 0 0;flex:none}
summary{cursor:pointer;font-weight:600;padding:.5rem 0;min-height:2.75rem}
.choice{display:flex;align-items:flex-start;margin:.375rem 0;font-weight:400}
.error-message{color:#b91c1c;font-weight:600;margin:0 0 .25rem}
[aria-invalid=true]{border-color:#b91c1c}
.error-summary{border:3px solid #b91c1c;border-radius:6px;padding:1rem;background:#fff;margin-bottom:1.25rem}
.error-summary h2{color:#b91c1c}
.error-summary li{margin:.25rem 0}
.button{display:inline-block;font:inherit;font-weight:700;background:#1d4ed8;color:#fff;border:0;border-radius:6px;padding:.75rem 1.25rem;min-height:2.75rem;text-decoration:none;cursor:pointer}
.button.secondary{background:#fff;color:#1d4ed8;border:2px solid #1d4ed8}
.roles{list-style:none;padding:0;margin:0 0 1rem}
.roles li{margin:0 0 .75rem}
.roles a{display:block}
.panel{background:#fff;border:1px solid #d4d4d8;border-radius:6px;padding:1rem;margin:0 0 1.25rem}
.notice{border-left:6px solid #15803d;background:#f0fdf4;padding:1rem;margin:0 0 1.25rem}
.reference{font-size:1.5rem;font-weight:700;letter-spacing:.08em}
.code{font-family:ui-monospace,monospace;font-size:1.75rem;font-weight:700;letter-spacing:.12em;margin:.25rem 0 .75rem}
.code-input{font-family:ui-monospace,monospace;letter-spacing:.1em;text-transform:uppercase}
.progress{color:#52525b;font-weight:600;margin:.5rem 0 0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:0 0 1.25rem}
.link-button{font:inherit;background:none;border:0;padding:.5rem 0;min-height:2.75rem;color:#1d4ed8;text-decoration:underline;cursor:pointer}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
dl.answers{margin:0 0 .5rem}
dl.answers dt{font-weight:600}
dl.answers dd{margin:0 0 .75rem}
dl.answers dt.group{margin-top:.5rem}
.link-box{word-break:break-all;font-family:ui-monospace,monospace;font-size:.9375rem}
dl.facts{display:grid;grid-template-columns:1fr;gap:.25rem;margin:0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0 0 .5rem}
@media (min-width:40rem){dl.facts{grid-template-columns:12rem 1fr}dl.facts dd{margin:0}}
table{border-collapse:collapse;width:100%}
.prewrap{white-space:pre-wrap;overflow-wrap:anywhere}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #e4e4e7;vertical-align:top}
caption{text-align:left;font-weight:700;padding:.5rem 0}
main:has(.staff){max-width:80rem}
.chart{display:block;max-width:40rem;margin:0 0 1rem}
.staff h2{margin-top:1.75rem}
.table-scroll{overflow-x:auto;margin:0 0 1.25rem}
.filter-grid{display:grid;gap:0 1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.overdue{color:#b91c1c}
form.export{margin:0 0 1rem}
.cases{list-style:none;padding:0;margin:0 0 1.25rem}
.cases a{display:inline-block;font-weight:700;margin-bottom:.5rem;min-height:1.5rem}
.letter{background:#fff;border:1px solid #d4d4d8;padding:2rem;margin:0 0 2rem;font-size:1rem;line-height:1.45}
.letter h2{font-size:1.125rem;margin:1.5rem 0 1rem}
.letterhead{text-align:right;margin:0 0 1rem}
.letterhead p,.letter-date{margin:0 0 1rem}
.letter-date{text-align:right}
.letter-to{font-style:normal;margin:0 0 1.5rem;min-height:6rem}
.letter-reference{margin:0}
.letter-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 .75rem}
.sheet{background:#fff;border:1px solid #d4d4d8;padding:2rem;margin:0 0 2rem;font-size:1rem;line-height:1.4}
.q-part{margin:1.25rem 0 0}
.q-part h3{font-size:1.0625rem;margin:0 0 .5rem;padding-bottom:.125rem;border-bottom:2px solid #18181b;break-after:avoid}
.q-group h4{font-size:1rem;margin:.75rem 0 .25rem;break-after:avoid}
.q{margin:0 0 .6rem;break-inside:avoid}
.q-label{margin:0}
.q-line{border-bottom:1px solid #52525b;height:1.75rem}
.ticks{list-style:none;padding:0;margin:.25rem 0 .5rem;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
.box{font-size:1.25em;line-height:1}
@page a4{size:A4;margin:20mm 20mm 18mm}
@page letter{size:letter;margin:.75in .8in}
@media print{body{background:#fff}body>header,body>footer,.skip,.no-print,nav{display:none}main{max-width:none;padding:0}.letter,.sheet{border:0;padding:0;margin:0;break-after:page}.letter:last-child,.sheet:last-child{break-after:auto}.paper-a4{page:a4}.paper-letter{page:letter}a{color:inherit;text-decoration:none}}
`;
