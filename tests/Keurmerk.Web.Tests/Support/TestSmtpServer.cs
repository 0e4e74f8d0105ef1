using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Keurmerk.Web.Tests.Support;

/// <summary>
/// A small SMTP server on loopback, inside the test process. While Failing it answers every MAIL FROM
/// with 451 (try again later), as a server that is down for maintenance would; it records each message it accepts.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TestSmtpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public bool Failing { get; set; }
    public List<string> Received { get; } = [];

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test-smtp ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO": await writer.WriteLineAsync("250 test-smtp"); break;
                case "MAIL" when Failing: await writer.WriteLineAsync("451 temporarily unavailable"); break;
                case "MAIL" or "RCPT" or "RSET" or "NOOP": await writer.WriteLineAsync("250 ok"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    var message = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } data && data != ".") message.AppendLine(data);
                    lock (Received) Received.Add(message.ToString());
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT": await writer.WriteLineAsync("221 bye"); return;
                default: await writer.WriteLineAsync("500 unknown"); break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _loop;
    }
}
