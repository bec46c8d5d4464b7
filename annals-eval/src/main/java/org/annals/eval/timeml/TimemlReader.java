package org.annals.eval.timeml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.annals.model.BadInputException;
import org.annals.model.TimeExpression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a TimeML file (TempEval-3 format): the text content of {@code <TEXT>} with all markup
 * removed, the DCT from {@code <DCT><TIMEX3 value=...>}, and every TIMEX3 inside TEXT with its
 * character offsets into that text. Errors name the file and the reason.
 *
 * <p>Thread-safety: thread-safe (a new parser per call; external entities are disabled).
 */
public final class TimemlReader {
  private final DocumentBuilderFactory factory;

  public TimemlReader() {
    factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser lacks secure processing", e);
    }
  }

  /** Reads one document; a malformed one raises {@link BadInputException} naming the file. */
  public TimemlDocument read(Path file) {
    Document dom = parse(file);
    LocalDate dct = dct(file, dom);
    NodeList texts = dom.getElementsByTagName("TEXT");
    if (texts.getLength() != 1) {
      throw new BadInputException(file + ": expected one TEXT element, found " + texts.getLength());
    }
    StringBuilder text = new StringBuilder();
    List<TimeExpression> gold = new ArrayList<>();
    collect(texts.item(0), text, gold);
    return new TimemlDocument(file.toString(), dct, text.toString(), gold);
  }

  private Document parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(in);
    } catch (SAXException e) {
      throw new BadInputException(file + ": not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate dct(Path file, Document dom) {
    NodeList dcts = dom.getElementsByTagName("DCT");
    if (dcts.getLength() == 0) {
      throw new BadInputException(file + ": no DCT element (document creation time)");
    }
    NodeList timexes = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
    if (timexes.getLength() == 0) {
      throw new BadInputException(file + ": DCT has no TIMEX3");
    }
    String value = ((Element) timexes.item(0)).getAttribute("value");
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new BadInputException(file + ": DCT value '" + value + "' is not a YYYY-MM-DD date");
    }
  }

  private static void collect(Node node, StringBuilder text, List<TimeExpression> gold) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        int start = text.length();
        collect(child, text, gold);
        Element e = (Element) child;
        if ("TIMEX3".equals(e.getTagName()) && text.length() > start) {
          gold.add(new TimeExpression(start, text.length(), text.substring(start), e.getAttribute("type"),
              e.getAttribute("value"), "gold"));
        }
      }
    }
  }
}
