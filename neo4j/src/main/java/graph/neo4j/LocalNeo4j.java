package graph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 Community in this JVM with its Bolt connector, for development and tests.
 *
 * <p>Arguments: {@code <homeDir> <host> <boltPort> <pageCacheMiB> <txTimeoutSeconds> <starterPid>}.
 * The data lives under {@code homeDir/data} and survives restarts. Prints {@code NEO4J_READY <port>}
 * on standard output once Bolt accepts connections; shuts the database down cleanly on SIGTERM, and
 * when the process that started it ({@code starterPid}, 0 for none) exits without stopping it (it
 * was killed), so no server is left running for nobody.
 * Authentication is off: the server listens on the given (loopback) address only.
 */
public final class LocalNeo4j {
  public static void main(String[] args) {
    if (args.length != 6) {
      System.err.println("usage: LocalNeo4j <homeDir> <host> <boltPort> <pageCacheMiB> <txTimeoutSeconds> <starterPid>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    long pageCacheMiB = Long.parseLong(args[3]);
    long txTimeoutSeconds = Long.parseLong(args[4]);
    long starterPid = Long.parseLong(args[5]);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    // The starter gone: exit, which runs the shutdown hook (a clean shutdown, as on SIGTERM).
    if (starterPid > 0) {
      ProcessHandle.of(starterPid)
          .ifPresentOrElse(h -> h.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    System.out.println("NEO4J_READY " + port);
    System.out.flush();
  }
}
