//! The plain template: one neutral Office-like theme (Arial), one slide
//! master, one "Title Only" layout. Deliberately bare, so that applying a
//! ministry template (Design > Themes, or a .potx) restyles titles, fonts
//! and accent colours without fighting per-slide overrides.

use super::Rect;
use super::deck::MARGIN;
use super::xml::DESIGN_W;
use super::xml::{DECL, NS_A, NS_P, NS_R, emu_x, emu_y};
use crate::strings::t;

/// Shape-tree header every slide, layout and master starts with.
pub const GROUP_HEAD: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

/// Where the title placeholder sits, in design units, and its size.
pub const TITLE_RECT: Rect = Rect {
    x: MARGIN,
    y: 20.0,
    w: DESIGN_W - 2.0 * MARGIN,
    h: 84.0,
};
pub const TITLE_PT: f32 = 28.0;
/// The master's body placeholder (unused by our slides, there for templates).
const BODY_RECT: Rect = Rect {
    x: MARGIN,
    y: 120.0,
    w: DESIGN_W - 2.0 * MARGIN,
    h: 600.0,
};

/// Colour mapping used by master and notes master.
pub const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" \
accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" \
hlink=\"hlink\" folHlink=\"folHlink\"/>";

fn xfrm(r: Rect) -> String {
    format!(
        "<a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
        emu_x(r.x),
        emu_y(r.y),
        emu_x(r.w),
        emu_y(r.h)
    )
}

/// Default run properties at one list level: theme font, tx1 colour.
fn def_rpr(size: u32, bold: bool, font: &str) -> String {
    format!(
        "<a:defRPr sz=\"{size}\" b=\"{}\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
         <a:latin typeface=\"+{font}-lt\"/><a:ea typeface=\"+{font}-ea\"/><a:cs typeface=\"+{font}-cs\"/></a:defRPr>",
        u8::from(bold)
    )
}

/// Text styles of the master: title, bulleted body, everything else.
fn tx_styles() -> String {
    format!(
        "<p:txStyles><p:titleStyle><a:lvl1pPr algn=\"l\" rtl=\"0\"><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc>\
         <a:spcBef><a:spcPct val=\"0\"/></a:spcBef><a:buNone/>{}</a:lvl1pPr></p:titleStyle>\
         <p:bodyStyle><a:lvl1pPr marL=\"228600\" indent=\"-228600\" algn=\"l\" rtl=\"0\"><a:spcBef><a:spcPts val=\"600\"/></a:spcBef>\
         <a:buFont typeface=\"Arial\"/><a:buChar char=\"&#8226;\"/>{}</a:lvl1pPr></p:bodyStyle>\
         <p:otherStyle><a:defPPr><a:defRPr lang=\"nl-NL\"/></a:defPPr><a:lvl1pPr marL=\"0\" algn=\"l\" rtl=\"0\">{}</a:lvl1pPr></p:otherStyle>\
         </p:txStyles>",
        def_rpr(2800, true, "mj"),
        def_rpr(2000, false, "mn"),
        def_rpr(1800, false, "mn")
    )
}

/// A placeholder shape for master or layout.
fn placeholder(
    id: u32,
    name: &str,
    ph: &str,
    r: Option<Rect>,
    anchor: &str,
    prompt: &str,
) -> String {
    let sp_pr = match r {
        Some(r) => format!(
            "<p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>",
            xfrm(r)
        ),
        None => "<p:spPr/>".to_string(),
    };
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr>{ph}</p:nvPr></p:nvSpPr>{sp_pr}<p:txBody><a:bodyPr vert=\"horz\" lIns=\"45720\" tIns=\"22860\" \
         rIns=\"45720\" bIns=\"22860\" rtlCol=\"0\" anchor=\"{anchor}\"><a:normAutofit/></a:bodyPr><a:lstStyle/>\
         <a:p><a:r><a:rPr lang=\"{}\"/><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp>",
        super::deck::lang_tag(),
        super::xml::esc(prompt)
    )
}

/// ppt/slideMasters/slideMaster1.xml: rId1 = the layout, rId2 = the theme.
pub fn master_xml() -> String {
    format!(
        "{DECL}<p:sldMaster xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"><p:cSld>\
         <p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{GROUP_HEAD}{}{}</p:spTree></p:cSld>\
         {CLR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>{}</p:sldMaster>",
        placeholder(
            2,
            "Title Placeholder 1",
            "<p:ph type=\"title\"/>",
            Some(TITLE_RECT),
            "b",
            t().pptx_title_prompt
        ),
        placeholder(
            3,
            "Text Placeholder 2",
            "<p:ph type=\"body\" idx=\"1\"/>",
            Some(BODY_RECT),
            "t",
            t().pptx_text_prompt
        ),
        tx_styles()
    )
}

/// ppt/slideLayouts/slideLayout1.xml, "Title Only": rId1 = the master.
pub fn layout_xml() -> String {
    format!(
        "{DECL}<p:sldLayout xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\" type=\"titleOnly\" preserve=\"1\">\
         <p:cSld name=\"Title Only\"><p:spTree>{GROUP_HEAD}{}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>",
        placeholder(
            2,
            "Title 1",
            "<p:ph type=\"title\"/>",
            None,
            "b",
            t().pptx_title_prompt
        )
    )
}

pub fn pres_props_xml() -> String {
    format!("{DECL}<p:presentationPr xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"/>")
}

pub fn view_props_xml() -> String {
    format!(
        "{DECL}<p:viewPr xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"><p:normalViewPr>\
         <p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr>\
         <p:gridSpacing cx=\"72008\" cy=\"72008\"/></p:viewPr>"
    )
}

pub fn table_styles_xml() -> String {
    format!(
        "{DECL}<a:tblStyleLst xmlns:a=\"{NS_A}\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
    )
}

/// Colour scheme: the one palette's colours, so charts (accents 1-6 are the chart series in
/// their order) and tables read as the app's; a ministry theme replaces them all at once.
fn colours() -> String {
    use crate::palette::{self, hex, okabe_ito};
    let s = palette::SERIES;
    format!(
        "<a:clrScheme name=\"Knoppen\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"{}\"/></a:dk1>\
         <a:lt1><a:sysClr val=\"window\" lastClr=\"{}\"/></a:lt1><a:dk2><a:srgbClr val=\"{}\"/></a:dk2>\
         <a:lt2><a:srgbClr val=\"{}\"/></a:lt2><a:accent1><a:srgbClr val=\"{}\"/></a:accent1>\
         <a:accent2><a:srgbClr val=\"{}\"/></a:accent2><a:accent3><a:srgbClr val=\"{}\"/></a:accent3>\
         <a:accent4><a:srgbClr val=\"{}\"/></a:accent4><a:accent5><a:srgbClr val=\"{}\"/></a:accent5>\
         <a:accent6><a:srgbClr val=\"{}\"/></a:accent6><a:hlink><a:srgbClr val=\"{}\"/></a:hlink>\
         <a:folHlink><a:srgbClr val=\"{}\"/></a:folHlink></a:clrScheme>",
        hex(palette::grey(0)),
        hex(palette::grey(255)),
        hex(palette::HEADING),
        hex(palette::TABLE_HEADER),
        hex(s[0]),
        hex(s[1]),
        hex(s[2]),
        hex(s[3]),
        hex(s[4]),
        hex(s[5]),
        hex(okabe_ito::BLUE),
        hex(okabe_ito::PURPLE)
    )
}

/// Fonts: Arial throughout (present everywhere, neutral).
const FONTS: &str = "<a:fontScheme name=\"Knoppen\"><a:majorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/>\
<a:cs typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>\
</a:minorFont></a:fontScheme>";

/// Minimal but complete format scheme (three entries per list, as required).
const FORMATS: &str = "<a:fmtScheme name=\"Knoppen\"><a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"50000\"/></a:schemeClr></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"80000\"/></a:schemeClr></a:solidFill></a:fillStyleLst>\
<a:lnStyleLst><a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>\
<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>\
<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>\
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
<a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"95000\"/></a:schemeClr></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"90000\"/></a:schemeClr></a:solidFill></a:bgFillStyleLst></a:fmtScheme>";

/// ppt/theme/themeN.xml (the same theme serves slides and notes).
pub fn theme_xml() -> String {
    format!(
        "{DECL}<a:theme xmlns:a=\"{NS_A}\" name=\"Knoppen\"><a:themeElements>{}{FONTS}{FORMATS}</a:themeElements>\
         <a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        colours()
    )
}
