//! A strict reader of the edition's HTML, for the tests: the subset of HTML the edition writes
//! (double-quoted attributes, five entities, a fixed set of elements, every non-void element
//! closed in order). Anything else, such as a tag or an entity that came from the data unescaped,
//! is an error, so what it reads back as text is what a browser shows as text.

/// An element: its name, attributes and children.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// An element or a run of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// The elements the edition writes; `VOID` ones have no end tag.
const ELEMENTS: &[&str] = &[
    "html", "head", "meta", "title", "link", "body", "a", "header", "footer", "main", "nav", "section", "article", "p",
    "h1", "h2", "h3", "h4", "ol", "ul", "li", "span",
];
const VOID: &[&str] = &["meta", "link"];

impl Element {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The text of the element and its descendants.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for c in &self.children {
            match c {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => out.push_str(&e.text()),
            }
        }
        out
    }

    /// This element and all its descendant elements, in document order.
    pub fn all(&self) -> Vec<&Element> {
        let mut out = vec![self];
        for c in &self.children {
            if let Node::Element(e) = c {
                out.extend(e.all());
            }
        }
        out
    }
}

/// Text with the five entities the edition writes replaced; any other `&` is an error.
fn unescape(s: &str, at: usize) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (entity, c) = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\'')]
            .into_iter()
            .find(|(e, _)| rest.starts_with(e))
            .ok_or_else(|| {
                format!("byte {at}: an `&` that is no entity the edition writes: {:?}", &rest[..rest.len().min(12)])
            })?;
        out.push(c);
        rest = &rest[entity.len()..];
    }
    if rest.contains('>') {
        return Err(format!("byte {at}: a `>` in text"));
    }
    out.push_str(rest);
    Ok(out)
}

/// Reads one tag's name and attributes (`inner` is what lies between `<` and `>`).
fn tag(inner: &str, at: usize) -> Result<Element, String> {
    let name_end = inner.find(' ').unwrap_or(inner.len());
    let name = &inner[..name_end];
    if !ELEMENTS.contains(&name) {
        return Err(format!("byte {at}: an element the edition does not write: <{name}>"));
    }
    let mut attrs = Vec::new();
    let mut rest = &inner[name_end..];
    while let Some(r) = rest.strip_prefix(' ') {
        let eq = r.find("=\"").ok_or_else(|| format!("byte {at}: an attribute without a quoted value in <{inner}>"))?;
        let attr = &r[..eq];
        if attr.is_empty() || !attr.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(format!("byte {at}: a bad attribute name {attr:?}"));
        }
        let value_end = r[eq + 2..].find('"').ok_or_else(|| format!("byte {at}: an unclosed value"))? + eq + 2;
        attrs.push((attr.to_owned(), unescape(&r[eq + 2..value_end], at)?));
        rest = &r[value_end + 1..];
    }
    if !rest.is_empty() {
        return Err(format!("byte {at}: unexpected {rest:?} in a tag"));
    }
    Ok(Element { name: name.to_owned(), attrs, children: Vec::new() })
}

/// Reads a whole page: `<!doctype html>`, then one `<html>` element.
pub fn parse(page: &str) -> Result<Element, String> {
    let body = page.strip_prefix("<!doctype html>\n").ok_or("no <!doctype html> first")?;
    let mut stack = vec![Element { name: "#document".into(), attrs: Vec::new(), children: Vec::new() }];
    let mut pos = 0;
    while pos < body.len() {
        let at = pos + 16;
        let Some(lt) = body[pos..].find('<').map(|i| i + pos) else {
            let text = unescape(&body[pos..], at)?;
            if !text.trim().is_empty() {
                return Err(format!("byte {at}: text after the document"));
            }
            break;
        };
        let text = unescape(&body[pos..lt], at)?;
        if !text.is_empty() {
            stack.last_mut().ok_or("no parent")?.children.push(Node::Text(text));
        }
        let gt = body[lt..].find('>').ok_or_else(|| format!("byte {at}: an unclosed tag"))? + lt;
        let inner = &body[lt + 1..gt];
        if inner.contains('<') {
            return Err(format!("byte {}: a `<` inside a tag", lt + 16));
        }
        if let Some(name) = inner.strip_prefix('/') {
            let done = stack
                .pop()
                .filter(|e| e.name == name)
                .ok_or_else(|| format!("byte {}: </{name}> closes nothing open", lt + 16))?;
            stack.last_mut().ok_or("closed the document")?.children.push(Node::Element(done));
        } else {
            let e = tag(inner, lt + 16)?;
            if VOID.contains(&e.name.as_str()) {
                stack.last_mut().ok_or("no parent")?.children.push(Node::Element(e));
            } else {
                stack.push(e);
            }
        }
        pos = gt + 1;
    }
    let mut doc = stack.pop().filter(|_| stack.is_empty()).ok_or("an element left open")?;
    match doc.children.pop() {
        Some(Node::Element(html)) if html.name == "html" && doc.children.is_empty() => Ok(html),
        _ => Err("the document is not one <html> element".into()),
    }
}
