package io.ferret.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/** Runs a Bolt app over Socket Mode: Slack is reached over an outgoing WebSocket, so no public URL is needed. */
public final class SocketMode implements AutoCloseable {
  private final SocketModeApp socket;

  /** Connects with the app-level token (xapp-…); apps.connections.open goes to the app's Web API URL. */
  public SocketMode(App app, String appToken) throws Exception {
    this.socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
    socket.startAsync();
  }

  @Override
  public void close() throws Exception {
    socket.close();
  }
}
