//! The participant page: one small, self-contained HTML document (inline CSS, no
//! external resources) that works as a plain form and gets a little inline JavaScript
//! where the browser runs it (sending without reload, refreshing the board).

use std::fmt::Write as _;

use super::escape::escape_html;
use super::{BoardCard, Phase};
use nc_i18n::{Language, Msg};
use nc_model::MAX_CARD_CHARS;

/// A note above the form: thanks or what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    Done(String),
    Problem(String),
}

/// Everything one rendering of the page shows.
pub struct PageView<'a> {
    pub language: Language,
    pub question: &'a str,
    pub field_name: &'a str,
    /// `/TOKEN/`: every address of the session starts with it.
    pub base: &'a str,
    pub phase: Phase,
    pub version: u64,
    pub board: &'a [BoardCard],
    pub dots_left: u32,
    pub dots_total: u32,
    /// A fresh one-time id per rendering; a form sent twice is stored once.
    pub submission: &'a str,
    /// Allows this page's one `<style>` and one `<script>` under the CSP.
    pub nonce: &'a str,
    pub note: Option<Note>,
    /// Text to put back into the box after a refusal.
    pub draft: &'a str,
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;background:#f4f1ea;color:#222;line-height:1.4}\
main{max-width:40rem;margin:0 auto;padding:1rem}\
.field{margin:0;color:#666;font-size:.9rem;text-transform:uppercase;letter-spacing:.05em}\
h1{font-size:1.4rem;margin:.3rem 0 1rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}\
label{display:block;font-weight:600;margin-bottom:.3rem}\
textarea{box-sizing:border-box;width:100%;font:inherit;font-size:1.1rem;padding:.6rem;border:1px solid #999;border-radius:4px;background:#fff8c4}\
button{font:inherit;font-size:1.05rem;padding:.6rem 1.2rem;margin-top:.6rem;border:0;border-radius:4px;background:#1f5f8b;color:#fff}\
.hint{color:#555;font-size:.9rem;margin:.3rem 0}\
.note{padding:.6rem;border-radius:4px}.note:empty{display:none}.ok{background:#dcefd6}.problem{background:#f6d5d5}\
ul{list-style:none;padding:0;margin:0}\
.card{background:#fff0a0;margin:.4rem 0;padding:.6rem;border-radius:3px;box-shadow:0 1px 2px #0003;white-space:pre-wrap;overflow-wrap:anywhere}\
.card form{display:inline}.card button{margin:.4rem 0 0;padding:.3rem .8rem;font-size:.95rem}\
.dots{display:block;color:#7a4b00;font-size:.9rem}";

/// Sends forms without reloading, and refreshes the page's `<main>` when the phase or
/// (outside *Karten schreiben*) the board changed. Text goes in through the server's
/// escaped HTML or `textContent`, never as markup.
const SCRIPT: &str = "(function(){var busy=false;\
function main(){return document.querySelector('main');}\
function refresh(query){return fetch(main().dataset.base+(query||''),{headers:{Accept:'text/html'}})\
.then(function(r){return r.text();}).then(function(html){\
var next=new DOMParser().parseFromString(html,'text/html').querySelector('main');\
if(next&&main()){main().replaceWith(next);}\
var box=query&&document.querySelector('textarea');if(box){box.focus();}});}\
document.addEventListener('submit',function(e){var form=e.target;\
if(!window.fetch||!window.URLSearchParams||!window.FormData){return;}\
e.preventDefault();if(busy){return;}busy=true;\
fetch(form.action,{method:'POST',body:new URLSearchParams(new FormData(form)),headers:{Accept:'application/json'}})\
.then(function(r){return r.json().then(function(body){return{ok:r.ok,body:body};});})\
.then(function(res){if(res.ok){return refresh(form.dataset.done);}\
var note=document.getElementById('note');note.textContent=res.body.error||'';note.className='note problem';})\
.catch(function(){}).then(function(){busy=false;});});\
setInterval(function(){var m=main();if(busy||!m){return;}\
fetch(m.dataset.base+'state.json').then(function(r){return r.json();}).then(function(s){\
var phaseChanged=s.phase!==m.dataset.phase;\
var boardChanged=s.phase!=='writing'&&String(s.version)!==m.dataset.version;\
if(phaseChanged||boardChanged){return refresh('');}}).catch(function(){});},3000);})();";

pub fn render(view: &PageView<'_>) -> String {
    let language = view.language;
    let lang = language.code();
    let mut html = String::with_capacity(4096 + view.board.len() * 256);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"no-referrer\">\
         <title>{title}</title><style nonce=\"{nonce}\">{STYLE}</style></head><body>\
         <main data-base=\"{base}\" data-phase=\"{phase}\" data-version=\"{version}\">\
         <p class=\"field\">{field}</p><h1>{question}</h1>",
        title = escape_html(Msg::ModPageTitle.text(language)),
        nonce = escape_html(view.nonce),
        base = escape_html(view.base),
        phase = view.phase.key(),
        version = view.version,
        field = escape_html(view.field_name),
        question = escape_html(view.question),
    );
    let (class, text) = match &view.note {
        Some(Note::Done(text)) => ("note ok", text.as_str()),
        Some(Note::Problem(text)) => ("note problem", text.as_str()),
        None => ("note", ""),
    };
    let _ = write!(
        html,
        "<p id=\"note\" class=\"{class}\" role=\"status\" aria-live=\"polite\">{}</p>",
        escape_html(text)
    );
    match view.phase {
        Phase::Writing => card_form(&mut html, view),
        Phase::Clustering => {
            paragraph(&mut html, Msg::ModClustering.text(language));
            board(&mut html, view, false);
        }
        Phase::Dotting => {
            let intro = if view.dots_left == 0 {
                Msg::ModNoDotsLeft.text(language).to_owned()
            } else {
                Msg::ModDotting.fill(
                    language,
                    &[
                        ("left", &view.dots_left.to_string()),
                        ("total", &view.dots_total.to_string()),
                    ],
                )
            };
            paragraph(&mut html, &intro);
            board(&mut html, view, view.dots_left > 0);
        }
        Phase::Ended => paragraph(&mut html, Msg::ModEnded.text(language)),
    }
    let _ = writeln!(
        html,
        "</main><script nonce=\"{}\">{SCRIPT}</script></body></html>",
        escape_html(view.nonce)
    );
    html
}

fn paragraph(html: &mut String, text: &str) {
    let _ = write!(html, "<p>{}</p>", escape_html(text));
}

fn card_form(html: &mut String, view: &PageView<'_>) {
    let language = view.language;
    let hint = Msg::ModCardHint.fill(language, &[("max", &MAX_CARD_CHARS.to_string())]);
    let _ = write!(
        html,
        "<form method=\"post\" action=\"{base}card\" data-done=\"?sent=1\">\
         <input type=\"hidden\" name=\"submission\" value=\"{submission}\">\
         <label for=\"text\">{label}</label>\
         <textarea id=\"text\" name=\"text\" rows=\"4\" maxlength=\"{MAX_CARD_CHARS}\" required autofocus>{draft}</textarea>\
         <p class=\"hint\">{hint}</p><button type=\"submit\">{send}</button></form>",
        base = escape_html(view.base),
        submission = escape_html(view.submission),
        label = escape_html(Msg::ModYourCard.text(language)),
        draft = escape_html(view.draft),
        hint = escape_html(&hint),
        send = escape_html(Msg::ModSend.text(language)),
    );
}

/// The board's cards grouped by cluster: cards without a cluster first, then each
/// cluster in the order of its first card (as `Collaboration::card_groups`).
fn board(html: &mut String, view: &PageView<'_>, dot_buttons: bool) {
    let language = view.language;
    let _ = write!(
        html,
        "<p><a href=\"{}\">{}</a></p>",
        escape_html(view.base),
        escape_html(Msg::ModRefresh.text(language))
    );
    if view.board.is_empty() {
        paragraph(html, Msg::ModNoCards.text(language));
        return;
    }
    let mut clusters: Vec<Option<&str>> = vec![None];
    for card in view.board {
        let cluster = card.cluster.as_deref();
        if !clusters.contains(&cluster) {
            clusters.push(cluster);
        }
    }
    for cluster in clusters {
        let cards: Vec<(usize, &BoardCard)> = (view.board.iter().enumerate())
            .filter(|(_, card)| card.cluster.as_deref() == cluster)
            .collect();
        if cards.is_empty() {
            continue;
        }
        let name = cluster.unwrap_or_else(|| Msg::ModUnclustered.text(language));
        let _ = write!(html, "<section><h2>{}</h2><ul>", escape_html(name));
        for (index, card) in cards {
            board_card(html, view, index, card, dot_buttons);
        }
        html.push_str("</ul></section>");
    }
}

fn board_card(
    html: &mut String,
    view: &PageView<'_>,
    index: usize,
    card: &BoardCard,
    dot_button: bool,
) {
    let language = view.language;
    let _ = write!(html, "<li class=\"card\">{}", escape_html(&card.text));
    if view.phase == Phase::Dotting && card.dots > 0 {
        let dots = Msg::ModDotsOnCard.fill(language, &[("count", &card.dots.to_string())]);
        let _ = write!(html, "<span class=\"dots\">{}</span>", escape_html(&dots));
    }
    if dot_button {
        let _ = write!(
            html,
            "<form method=\"post\" action=\"{base}dot\" data-done=\"?dotted=1\">\
             <input type=\"hidden\" name=\"card\" value=\"{card}\">\
             <input type=\"hidden\" name=\"submission\" value=\"{submission}-{index}\">\
             <button type=\"submit\">{label}</button></form>",
            base = escape_html(view.base),
            card = escape_html(&card.id.0),
            submission = escape_html(view.submission),
            label = escape_html(Msg::ModDotButton.text(language)),
        );
    }
    html.push_str("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use nc_model::CardId;

    fn view<'a>(phase: Phase, board: &'a [BoardCard]) -> PageView<'a> {
        PageView {
            language: Language::German,
            question: "Was <brauchen> wir?",
            field_name: "Ziele",
            base: "/t0ken/",
            phase,
            version: 1,
            board,
            dots_left: 3,
            dots_total: 3,
            submission: "s1",
            nonce: "n1",
            note: None,
            draft: "",
        }
    }

    #[test]
    fn the_writing_page_is_a_plain_form_with_the_escaped_question() {
        let html = render(&view(Phase::Writing, &[]));
        assert!(
            html.contains("<h1>Was &lt;brauchen&gt; wir?</h1>"),
            "{html}"
        );
        assert!(html.contains("<form method=\"post\" action=\"/t0ken/card\""));
        assert!(html.contains("name=\"submission\" value=\"s1\""));
        assert!(html.contains("name=\"viewport\""));
        assert!(!html.contains("http"), "no external resource: {html}");
    }

    #[test]
    fn board_texts_and_clusters_are_escaped_and_dot_buttons_only_while_dotting() {
        let board = [BoardCard {
            id: CardId("c1".into()),
            text: "<script>alert(1)</script>".into(),
            cluster: Some("<b>Ort</b>".into()),
            dots: 2,
        }];
        let html = render(&view(Phase::Dotting, &board));
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("<h2>&lt;b&gt;Ort&lt;/b&gt;</h2>"));
        assert!(html.contains("action=\"/t0ken/dot\""));
        assert!(html.contains("Punkte: 2"));
        let clustering = render(&view(Phase::Clustering, &board));
        assert!(!clustering.contains("action=\"/t0ken/dot\""));
    }
}
