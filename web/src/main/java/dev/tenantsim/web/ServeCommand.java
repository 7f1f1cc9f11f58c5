package dev.tenantsim.web;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start a local web page over the same model and validator: what-if (a bundled or uploaded scenario,",
                "a few fields changed, compared with the base under common random numbers) and the deal desk (a",
                "prospective tenant priced pooled / performance cell / dedicated, with CSV and PDF). Every run writes a",
                "normal report folder under the work folder. Stops on Ctrl-C."},
        footer = {"", "Example:  tenantsim serve --port 8080 --work out/serve"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port to listen on (default: a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to bind (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network).")
    String bind;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "tenantsim-serve",
            description = "Work folder: uploads/ and runs/ (one report folder per run) live here (default: tenantsim-serve).")
    Path work;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "1", description = "Runs at a time (default 1); more wait in a queue of 4.")
    int maxRuns;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port (" + port + ") must be from 0 to 65535");
        }
        if (maxRuns < 1 || maxRuns > 16) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-runs (" + maxRuns + ") must be from 1 to 16");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bind (" + bind + ") is not an address of this machine");
        }
        WebServer.Limits std = WebServer.Limits.standard();
        WebServer server = new WebServer(new InetSocketAddress(address, port), work,
                new WebServer.Limits(maxRuns, std.waitingRuns(), Math.max(1, std.threadsPerRun() / maxRuns)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tenantsim-serve-stop"));
        server.start();
        PrintWriter out = spec.commandLine().getOut();
        out.println("tenantsim serve: " + server.url() + "  (work folder " + server.work().root() + "; Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }
}
