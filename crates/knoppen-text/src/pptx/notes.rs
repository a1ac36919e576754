//! Speaker notes: one notes master and one notes slide per deck slide that
//! has notes. Only called when the caller asked for notes, so a deck
//! written without them holds neither the parts nor the text.

use std::fmt::Write;

use super::template::{CLR_MAP, GROUP_HEAD};
use super::xml::{DECL, NS_A, NS_P, NS_R, esc, paragraphs};

/// Notes page placeholders: slide image on top, notes text below (EMU on
/// a portrait 7.5 x 10 in page).
const IMG: (i64, i64, i64, i64) = (381_000, 685_800, 6_096_000, 3_429_000);
const BODY: (i64, i64, i64, i64) = (685_800, 4_343_400, 5_486_400, 4_114_800);

fn ph_sp(id: u32, name: &str, ph: &str, r: (i64, i64, i64, i64), body: bool) -> String {
    let txt = if body {
        "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"nl-NL\"/></a:p></p:txBody>"
    } else {
        ""
    };
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>{txt}</p:sp>",
        r.0, r.1, r.2, r.3
    )
}

/// ppt/notesMasters/notesMaster1.xml: rId1 = its theme.
pub fn master_xml() -> String {
    format!(
        "{DECL}<p:notesMaster xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"><p:cSld>\
         <p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{GROUP_HEAD}{}{}</p:spTree></p:cSld>\
         {CLR_MAP}<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\" rtl=\"0\"><a:defRPr sz=\"1200\" kern=\"1200\">\
         <a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/>\
         <a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>",
        ph_sp(
            2,
            "Slide Image Placeholder 1",
            "<p:ph type=\"sldImg\" idx=\"2\"/>",
            IMG,
            false
        ),
        ph_sp(
            3,
            "Notes Placeholder 2",
            "<p:ph type=\"body\" sz=\"quarter\" idx=\"1\"/>",
            BODY,
            true
        )
    )
}

/// ppt/notesSlides/notesSlideN.xml: rId1 = notes master, rId2 = its slide.
pub fn slide_xml(text: &str, lang: &str) -> String {
    let mut ps = String::new();
    for p in paragraphs(text) {
        let _ = write!(
            ps,
            "<a:p><a:r><a:rPr lang=\"{}\" dirty=\"0\"/><a:t>{}</a:t></a:r></a:p>",
            esc(lang),
            esc(p)
        );
    }
    format!(
        "{DECL}<p:notes xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"><p:cSld><p:spTree>{GROUP_HEAD}\
         <p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" \
         noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>\
         <p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{ps}\
         </p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )
}
