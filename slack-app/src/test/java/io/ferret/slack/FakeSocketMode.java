package io.ferret.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** Slack's Socket Mode end played locally: says hello to each connection, then sends the envelope it is given. */
final class FakeSocketMode extends WebSocketServer {
  private final String envelope;
  final List<String> received = new CopyOnWriteArrayList<>();

  FakeSocketMode(String envelope) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.envelope = envelope;
    setReuseAddr(true);
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
        + "\"connection_info\":{\"app_id\":\"A1\"}}");
    socket.send(envelope);
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket socket, Exception e) {
    throw new AssertionError("fake Socket Mode server failed", e);
  }

  @Override
  public void onStart() {}
}
