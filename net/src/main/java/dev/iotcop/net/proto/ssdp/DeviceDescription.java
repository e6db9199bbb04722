package dev.iotcop.net.proto.ssdp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A UPnP device description document (the XML behind LOCATION). Parsed with the JDK parser with DOCTYPE declarations
 * refused outright, so no entity (internal or external) is ever expanded and nothing is fetched; input size, element
 * depth, device count and text lengths are bounded.
 */
public record DeviceDescription(Optional<String> urlBase, UpnpDevice root) {
  public static final int MAX_BYTES = 256 * 1024;
  static final int MAX_DEVICES = 64;
  static final int MAX_SERVICES = 64;
  static final int MAX_DEVICE_DEPTH = 6;
  static final int MAX_TEXT = 1024;
  private static final int MAX_ELEMENT_DEPTH = 64;

  public static DeviceDescription parse(byte[] xml) throws SsdpFormatException {
    if (xml.length > MAX_BYTES) {
      throw new SsdpFormatException("description of " + xml.length + " bytes exceeds " + MAX_BYTES);
    }
    Document document;
    try {
      document = builder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException e) {
      throw new SsdpFormatException("unreadable device description: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // the JDK parser signals a few limit breaches and oddities this way; to callers it is still bad input
      throw new SsdpFormatException("unreadable device description: " + e, e);
    }
    Element rootElement = document.getDocumentElement();
    if (!"root".equals(localName(rootElement))) {
      throw new SsdpFormatException("the document element is not <root>");
    }
    Element device = child(rootElement, "device")
        .orElseThrow(() -> new SsdpFormatException("no <device> in the description"));
    int[] budget = {MAX_DEVICES};
    return new DeviceDescription(text(rootElement, "URLBase"), device(device, 0, budget));
  }

  private static DocumentBuilder builder() throws SsdpFormatException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
          // warnings do not make the document unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
          throw exception;
        }
      });
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not loaded");
      });
      return builder;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new SsdpFormatException("XML parser cannot be made safe: " + e.getMessage(), e);
    }
  }

  private static UpnpDevice device(Element element, int depth, int[] budget) throws SsdpFormatException {
    if (depth > MAX_DEVICE_DEPTH) {
      throw new SsdpFormatException("embedded devices nested deeper than " + MAX_DEVICE_DEPTH);
    }
    if (--budget[0] < 0) {
      throw new SsdpFormatException("more than " + MAX_DEVICES + " devices");
    }
    List<UpnpService> services = new ArrayList<>();
    Optional<Element> serviceList = child(element, "serviceList");
    if (serviceList.isPresent()) {
      for (Element service : children(serviceList.get(), "service")) {
        if (services.size() >= MAX_SERVICES) {
          throw new SsdpFormatException("more than " + MAX_SERVICES + " services in one device");
        }
        services.add(new UpnpService(
            text(service, "serviceType").orElse(""),
            text(service, "serviceId").orElse(""),
            text(service, "controlURL").orElse(""),
            text(service, "eventSubURL").orElse(""),
            text(service, "SCPDURL").orElse("")));
      }
    }
    List<UpnpDevice> embedded = new ArrayList<>();
    Optional<Element> deviceList = child(element, "deviceList");
    if (deviceList.isPresent()) {
      for (Element child : children(deviceList.get(), "device")) {
        embedded.add(device(child, depth + 1, budget));
      }
    }
    return new UpnpDevice(
        text(element, "deviceType"), text(element, "friendlyName"), text(element, "manufacturer"),
        text(element, "modelName"), text(element, "modelNumber"), text(element, "serialNumber"),
        text(element, "UDN"), text(element, "presentationURL"), services, embedded);
  }

  private static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(localName(element))) {
        found.add(element);
      }
    }
    return found;
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(localName(element))) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(Element::getTextContent).map(String::strip)
        .filter(text -> !text.isEmpty())
        .map(text -> text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
  }
}
