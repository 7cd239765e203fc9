package dev.switchboard.consumer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Just enough POM reading for the release checks: children, properties, modules. */
final class Poms {
  private Poms() {}

  static Element parse(String relative) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      Document doc = f.newDocumentBuilder().parse(
          new ByteArrayInputStream(Repo.read(relative).getBytes(StandardCharsets.UTF_8)));
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + relative, e);
    }
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  static String text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip()).orElse(null);
  }

  /** A property set in this POM itself (not inherited), or null. */
  static String property(Element pom, String name) {
    return child(pom, "properties").map(p -> text(p, name)).orElse(null);
  }
}
