package dev.iotcop.engine;

/** What a finding is about: the whole device, one of its services, a file of a firmware image, or a document. */
public sealed interface Subject permits Subject.Device, Subject.Service, Subject.File, Subject.Document {

  /** A short, stable text for sorting and display, e.g. {@code 10.0.0.2}, {@code 10.0.0.2:23/tcp telnet}. */
  String label();

  record Device(String address) implements Subject {
    @Override
    public String label() {
      return address;
    }
  }

  /** A network service: {@code protocol} is what the handshake identified ({@code telnet}, {@code ssh}, ...) or {@code unknown}. */
  record Service(String address, int port, Transport transport, String protocol) implements Subject {
    public Service {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    public Device device() {
      return new Device(address);
    }

    /** Whether both are the same port on the same address and transport, whatever protocol each names. */
    public boolean sameEndpoint(Service other) {
      return address.equals(other.address) && port == other.port && transport == other.transport;
    }

    public String endpoint() {
      return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    @Override
    public String label() {
      return endpoint() + "/" + transport.code() + " " + protocol;
    }
  }

  record File(String path, String sha256) implements Subject {
    @Override
    public String label() {
      return path;
    }
  }

  /** A document such as a security.txt at a URL or a declarations file. */
  record Document(String location) implements Subject {
    @Override
    public String label() {
      return location;
    }
  }
}
