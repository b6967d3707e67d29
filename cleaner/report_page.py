"""The corpus report (``report.CorpusReport.as_dict``) as one self-contained HTML page: no
network, no CDN. A summary, a bar chart of characters removed by rule (inline SVG), the per-rule
table (sortable: click a heading, or open the page with ``#sort=<column>`` or
``#sort=<column>-asc``), samples of each rule's removals marked inside their line, the documents
emptied or cut most, and repairs by kind."""
from __future__ import annotations

from html import escape

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;width:100%}th,td{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#f4f4f4}th[data-sort]{cursor:pointer}th[data-sort]:hover{background:#e8e8e8}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
mark{background:#ffd6d6;border-bottom:2px solid #c0392b}
.context{font-family:ui-monospace,monospace;font-size:.85em;white-space:pre-wrap;word-break:break-word}
.summary td{border:none;padding:.1em 1em .1em 0}
svg text{font:12px system-ui,sans-serif}
"""

_SCRIPT = """
(function(){
  var table=document.getElementById('rules'),body=table.tBodies[0];
  function sort(column,ascending){
    var heads=table.tHead.rows[0].cells,index=-1,numeric=false;
    for(var i=0;i<heads.length;i++){heads[i].removeAttribute('aria-sort');
      if(heads[i].dataset.sort===column){index=i;numeric=heads[i].classList.contains('n');}}
    if(index<0)return;
    heads[index].setAttribute('aria-sort',ascending?'ascending':'descending');
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){
      var x=a.cells[index].dataset.value,y=b.cells[index].dataset.value;
      var c=numeric?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);
      return ascending?c:-c;});
    rows.forEach(function(r){body.appendChild(r);});
    table.dataset.sorted=column+(ascending?'-asc':'-desc');
  }
  var heads=table.tHead.rows[0].cells;
  for(var i=0;i<heads.length;i++){(function(h){h.addEventListener('click',function(){
    var now=table.dataset.sorted===h.dataset.sort+'-desc';sort(h.dataset.sort,now);});})(heads[i]);}
  var m=/sort=([a-z_]+)(-asc)?/.exec(location.hash);if(m)sort(m[1],!!m[2]);
})();
"""

_COLUMNS = (("rule", "rule", False), ("documents", "documents", True), ("removals", "removals", True),
            ("chars", "characters removed", True), ("share_of_removed", "share of removed", True))


def render(report: dict) -> str:
    rules = report["rules"]
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        f"<title>cleaner report: {report['documents']} documents</title><style>{_STYLE}</style></head><body>",
        f"<h1>What cleaner removed from {report['documents']:,} documents</h1>",
        _summary(report), "<h2>Characters removed by rule</h2>", _chart(rules),
        "<h2>Rules</h2>", _rule_table(rules), "<h2>Removals in context (a random sample per rule)</h2>",
        _samples(rules), "<h2>Documents emptied or cut most</h2>", _most_cut(report["most_cut"]),
        "<h2>Repairs by kind</h2>", _repairs(report["repairs"]),
        f"<script>{_SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts)


def _summary(report: dict) -> str:
    rows = (("documents", f"{report['documents']:,}"), ("failed", f"{report['failed']:,}"),
            ("emptied by the rules", f"{report['emptied']:,}"), ("characters in", f"{report['chars_in']:,}"),
            ("characters out", f"{report['chars_out']:,}"), ("share removed", f"{report['share_removed']:.1%}"))
    return "<table class=summary id=summary>" + "".join(
        f"<tr><td>{name}</td><td class=n>{value}</td></tr>" for name, value in rows) + "</table>"


def _chart(rules: list[dict]) -> str:
    if not rules:
        return "<p>Nothing was removed.</p>"
    shown = rules[:30]
    most = max(rule["chars"] for rule in shown) or 1
    label, width, bar, row = 230, 800, 470, 22
    height = row * len(shown) + 10
    bars = []
    for k, rule in enumerate(shown):
        y = 5 + k * row
        length = max(1.0, bar * rule["chars"] / most)
        bars.append(f"<text x={label - 8} y={y + 15} text-anchor=end>{escape(rule['rule'])}</text>"
                    f"<rect class=bar x={label} y={y + 3} width={length:.1f} height={row - 6} fill='#c0392b'>"
                    f"<title>{escape(rule['rule'])}: {rule['chars']:,} characters</title></rect>"
                    f"<text x={label + length + 6:.1f} y={y + 15}>{rule['chars']:,}</text>")
    return (f"<svg id=chart role=img aria-label='characters removed by rule' width={width} height={height} "
            f"viewBox='0 0 {width} {height}'>" + "".join(bars) + "</svg>")


def _rule_table(rules: list[dict]) -> str:
    head = "".join(f"<th data-sort={key}{' class=n' if numeric else ''}>{title}</th>" for key, title, numeric in _COLUMNS)
    rows = []
    for rule in rules:
        cells = [f"<td data-value='{escape(rule['rule'], quote=True)}'><a href='#rule-{escape(rule['rule'])}'>"
                 f"{escape(rule['rule'])}</a></td>"]
        for key, _, _ in _COLUMNS[1:]:
            value = rule[key]
            shown = f"{value:.1%}" if key == "share_of_removed" else f"{value:,}"
            cells.append(f"<td class=n data-value={value}>{shown}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table id=rules data-sorted=chars-desc><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _samples(rules: list[dict]) -> str:
    out = []
    for rule in rules:
        out.append(f"<h3 id='rule-{escape(rule['rule'])}'>{escape(rule['rule'])}</h3>")
        for sample in rule["samples"]:
            out.append(f"<p class=context><small>{escape(str(sample['document']))}</small><br>"
                       f"{escape(sample['before'])}<mark>{escape(sample['removed'])}</mark>{escape(sample['after'])}</p>")
    return "\n".join(out) or "<p>Nothing was removed.</p>"


def _most_cut(documents: list[dict]) -> str:
    if not documents:
        return "<p>No document lost text.</p>"
    rows = []
    for doc in documents:
        rules = ", ".join(f"{escape(r['rule'])} ({r['chars']:,})" for r in doc["rules"])
        notes = "<br>".join(escape(note) for note in doc["notes"])
        rows.append(f"<tr><td>{escape(str(doc['document']))}</td><td class=n>{doc['chars_in']:,}</td>"
                    f"<td class=n>{doc['chars_out']:,}</td><td class=n>{doc['share_removed']:.1%}</td>"
                    f"<td>{'emptied' if doc['emptied'] else ''}</td><td>{rules}</td><td>{notes}</td></tr>")
    return ("<table id=most-cut><thead><tr><th>document</th><th class=n>characters in</th><th class=n>out</th>"
            "<th class=n>removed</th><th></th><th>by</th><th>why (notes)</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _repairs(repairs: dict) -> str:
    if not repairs:
        return "<p>No repairs.</p>"
    return ("<table id=repairs><thead><tr><th>kind</th><th class=n>repairs</th></tr></thead><tbody>"
            + "".join(f"<tr><td>{escape(kind)}</td><td class=n>{count:,}</td></tr>" for kind, count in repairs.items())
            + "</tbody></table>")
