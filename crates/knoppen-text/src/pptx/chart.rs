//! Native charts: a chart part (c:chartSpace) carrying the numbers in its
//! caches, plus an embedded workbook with the same numbers so that
//! PowerPoint's "Edit data" opens them. Series colours are theme accents,
//! so a ministry theme recolours them.

use std::fmt::Write;

use rust_xlsxwriter::Workbook;

use super::slide::xfrm;
use super::xml::{DECL, NS_A, NS_C, NS_R, clean, esc};
use super::{ChartKind, Item, PptxError, Rect};

/// The graphic frame on the slide that points at chart part `rid`.
pub fn frame(id: usize, r: Rect, rid: &str, title: &str, unit: &str) -> String {
    format!(
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Chart {id}\" descr=\"{}\"/>\
         <p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>\
         {}<a:graphic><a:graphicData uri=\"{NS_C}\"><c:chart xmlns:c=\"{NS_C}\" r:id=\"{rid}\"/></a:graphicData></a:graphic>\
         </p:graphicFrame>",
        esc(&match (title.is_empty(), unit.is_empty()) {
            (_, true) => title.to_string(),
            (true, false) => unit.to_string(),
            (false, false) => format!("{title} ({unit})"),
        }),
        xfrm("p:xfrm", r)
    )
}

/// A chart item's fields, borrowed.
pub struct Spec<'a> {
    kind: ChartKind,
    categories: &'a [String],
    series: &'a [(String, Vec<Option<f64>>)],
    unit: &'a str,
    title: &'a str,
}

/// The chart fields of an item, checked: every series has one value per category.
pub fn spec(item: &Item) -> Result<Spec<'_>, PptxError> {
    let Item::Chart {
        kind,
        categories,
        series,
        unit,
        title,
        ..
    } = item
    else {
        return Err(PptxError::Invalid(String::new()));
    };
    for (name, values) in series {
        if values.len() != categories.len() {
            return Err(PptxError::Invalid(format!(
                "{title} / {name}: {} ≠ {}",
                values.len(),
                categories.len()
            )));
        }
    }
    Ok(Spec {
        kind: *kind,
        categories,
        series,
        unit,
        title,
    })
}

/// Spreadsheet column letters for a 0-based column index.
fn col(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.iter().rev().map(|b| char::from(*b)).collect()
}

/// Theme accent for series `i`: accents 1-6, then darker, then lighter.
fn series_colour(i: usize) -> String {
    let mods = match i / 6 % 3 {
        0 => "",
        1 => "<a:lumMod val=\"60000\"/>",
        _ => "<a:lumMod val=\"60000\"/><a:lumOff val=\"40000\"/>",
    };
    format!(
        "<a:schemeClr val=\"accent{}\">{mods}</a:schemeClr>",
        i % 6 + 1
    )
}

/// Rich text element for a chart or axis title.
fn title_xml(text: &str, size: u32, rot: Option<i32>, lang: &str) -> String {
    let rot = rot
        .map(|r| format!(" rot=\"{r}\" vert=\"horz\""))
        .unwrap_or_default();
    format!(
        "<c:title><c:tx><c:rich><a:bodyPr{rot}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{size}\" b=\"{b}\"/></a:pPr>\
         <a:r><a:rPr lang=\"{}\" sz=\"{size}\" b=\"{b}\"/><a:t>{}</a:t></a:r></a:p></c:rich></c:tx>\
         <c:overlay val=\"0\"/></c:title>",
        esc(lang),
        esc(text),
        b = u8::from(rot.is_empty())
    )
}

/// The category reference and cache (column A).
fn cat_xml(cats: &[String]) -> String {
    let mut s = format!(
        "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${}</c:f><c:strCache><c:ptCount val=\"{}\"/>",
        cats.len() + 1,
        cats.len()
    );
    for (i, c) in cats.iter().enumerate() {
        let _ = write!(s, "<c:pt idx=\"{i}\"><c:v>{}</c:v></c:pt>", esc(c));
    }
    s.push_str("</c:strCache></c:strRef></c:cat>");
    s
}

/// The value reference and cache for series `i`; gaps get no point.
fn val_xml(i: usize, values: &[Option<f64>]) -> String {
    let c = col(i + 1);
    let mut s = format!(
        "<c:val><c:numRef><c:f>Sheet1!${c}$2:${c}${}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{}\"/>",
        values.len() + 1,
        values.len()
    );
    for (j, v) in values.iter().enumerate() {
        if let Some(v) = v.filter(|v| v.is_finite()) {
            let _ = write!(s, "<c:pt idx=\"{j}\"><c:v>{v}</c:v></c:pt>");
        }
    }
    s.push_str("</c:numCache></c:numRef></c:val>");
    s
}

/// One c:ser element, in the child order the schema demands per chart type.
fn ser_xml(sp: &Spec, i: usize) -> String {
    let (name, values) = &sp.series[i];
    let c = series_colour(i);
    let head = format!(
        "<c:idx val=\"{i}\"/><c:order val=\"{i}\"/><c:tx><c:strRef><c:f>Sheet1!${}$1</c:f>\
         <c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{}</c:v></c:pt></c:strCache></c:strRef></c:tx>",
        col(i + 1),
        esc(name)
    );
    let data = format!("{}{}", cat_xml(sp.categories), val_xml(i, values));
    match sp.kind {
        ChartKind::Line => format!(
            "<c:ser>{head}<c:spPr><a:ln w=\"28575\" cap=\"rnd\"><a:solidFill>{c}</a:solidFill><a:round/></a:ln></c:spPr>\
             <c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr><a:solidFill>{c}</a:solidFill>\
             <a:ln><a:solidFill>{c}</a:solidFill></a:ln></c:spPr></c:marker>{data}<c:smooth val=\"0\"/></c:ser>"
        ),
        _ => format!(
            "<c:ser>{head}<c:spPr><a:solidFill>{c}</a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>{data}</c:ser>"
        ),
    }
}

/// Value axis format: thousands separators once numbers get large (ticks
/// are then whole numbers); otherwise General, which keeps decimals.
fn axis_format(sp: &Spec) -> &'static str {
    let max = sp
        .series
        .iter()
        .flat_map(|(_, v)| v.iter().flatten())
        .fold(0.0f64, |m, v| m.max(v.abs()));
    if max >= 1000.0 { "#,##0" } else { "General" }
}

/// The value axis starts at zero (or ends there, for all-negative data), as the hand-out's
/// does: a bar cut off at 16.000 would make 17.000 look a tenth of 19.000.
fn zero_based(sp: &Spec) -> &'static str {
    let mut values = sp.series.iter().flat_map(|(_, v)| v.iter().flatten());
    if values.clone().all(|v| *v >= 0.0) {
        "<c:min val=\"0\"/>"
    } else if values.all(|v| *v <= 0.0) {
        "<c:max val=\"0\"/>"
    } else {
        ""
    }
}

/// The plot: line or (stacked) column chart with its two axes.
fn plot_xml(sp: &Spec, lang: &str) -> String {
    let sers: String = (0..sp.series.len()).map(|i| ser_xml(sp, i)).collect();
    let ax = "<c:axId val=\"500001\"/><c:axId val=\"500002\"/>";
    let chart = match sp.kind {
        ChartKind::Line => format!(
            "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>{sers}<c:marker val=\"1\"/>{ax}</c:lineChart>"
        ),
        ChartKind::Bar => format!(
            "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>{sers}\
             <c:gapWidth val=\"80\"/>{ax}</c:barChart>"
        ),
        ChartKind::StackedBar => format!(
            "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>{sers}\
             <c:gapWidth val=\"60\"/><c:overlap val=\"100\"/>{ax}</c:barChart>"
        ),
    };
    let unit = if sp.unit.is_empty() {
        String::new()
    } else {
        title_xml(sp.unit, 1100, Some(-5_400_000), lang)
    };
    format!(
        "<c:plotArea><c:layout/>{chart}\
         <c:catAx><c:axId val=\"500001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>\
         <c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>\
         <c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"500002\"/><c:crosses val=\"autoZero\"/>\
         <c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>\
         <c:valAx><c:axId val=\"500002\"/><c:scaling><c:orientation val=\"minMax\"/>{}</c:scaling><c:delete val=\"0\"/>\
         <c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"tx1\">\
         <a:lumMod val=\"15000\"/><a:lumOff val=\"85000\"/></a:schemeClr></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
         {unit}<c:numFmt formatCode=\"{}\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>\
         <c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500001\"/><c:crosses val=\"autoZero\"/>\
         <c:crossBetween val=\"between\"/></c:valAx></c:plotArea>",
        zero_based(sp),
        axis_format(sp)
    )
}

/// The chart part. Its workbook is relationship rId1.
pub fn chart_xml(sp: &Spec, lang: &str) -> String {
    let title = if sp.title.is_empty() {
        "<c:autoTitleDeleted val=\"1\"/>".to_string()
    } else {
        format!(
            "{}<c:autoTitleDeleted val=\"0\"/>",
            title_xml(sp.title, 1400, None, lang)
        )
    };
    format!(
        "{DECL}<c:chartSpace xmlns:c=\"{NS_C}\" xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\">\
         <c:date1904 val=\"0\"/><c:lang val=\"{l}\"/><c:roundedCorners val=\"0\"/>\
         <c:chart>{title}{}<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>\
         <c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>\
         <c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1200\"/></a:pPr><a:endParaRPr lang=\"{l}\"/></a:p></c:txPr>\
         <c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>",
        plot_xml(sp, lang),
        l = esc(lang)
    )
}

/// The embedded workbook: A1 the unit, row 1 series names, column A
/// categories, gaps left empty - the same cells the chart's formulas name.
pub fn workbook(sp: &Spec) -> Result<Vec<u8>, PptxError> {
    let err = |e: rust_xlsxwriter::XlsxError| PptxError::Workbook(e.to_string());
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Sheet1").map_err(err)?;
    ws.write_string(0, 0, clean(sp.unit)).map_err(err)?;
    for (r, c) in sp.categories.iter().enumerate() {
        ws.write_string(r as u32 + 1, 0, clean(c)).map_err(err)?;
    }
    for (i, (name, values)) in sp.series.iter().enumerate() {
        let c = u16::try_from(i + 1).map_err(|_| PptxError::Invalid(format!("> {}", u16::MAX)))?;
        ws.write_string(0, c, clean(name)).map_err(err)?;
        for (r, v) in values.iter().enumerate() {
            if let Some(v) = v.filter(|v| v.is_finite()) {
                ws.write_number(r as u32 + 1, c, v).map_err(err)?;
            }
        }
    }
    wb.save_to_buffer().map_err(err)
}
