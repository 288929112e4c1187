package org.wealthcrm.web.sms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.*;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.*;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/** An SMSC on 127.0.0.1 (jSMPP's server side) that accepts every bind and submit_sm and records what it got. */
final class TestSmsc implements ServerMessageReceiverListener, AutoCloseable {

    final int port;
    final List<SubmitSm> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger((int) (System.nanoTime() & 0xFFFFFF) << 4);
    private volatile SMPPServerSessionListener listener;

    private TestSmsc(int port) {
        this.port = port;
    }

    static TestSmsc start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        TestSmsc smsc = new TestSmsc(port);
        smsc.up();
        return smsc;
    }

    synchronized void up() throws IOException {
        SMPPServerSessionListener server = new SMPPServerSessionListener(port, new Loopback());
        server.setMessageReceiverListener(this);
        listener = server;
        Thread acceptor = new Thread(() -> acceptLoop(server), "test-smsc-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop(SMPPServerSessionListener server) {
        try {
            while (true) {
                SMPPServerSession session = server.accept();
                sessions.add(session);
                session.waitForBind(5000).accept("test-smsc", InterfaceVersion.IF_34);
            }
        } catch (Exception closed) {
            // listener closed: the SMSC is down
        }
    }

    /** The SMSC goes down: no more connections, the open sessions drop. */
    synchronized void down() throws IOException {
        listener.close();
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    List<SubmitSm> to(String mobile) {
        return received.stream().filter(sm -> mobile.equals(sm.getDestAddress())).toList();
    }

    void receipt(String messageId, DeliveryReceiptState state) throws Exception {
        DeliveryReceipt receipt = new DeliveryReceipt(messageId, 1, 1, new Date(), new Date(), state, "000", "");
        deliver(new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                new GeneralDataCoding(Alphabet.ALPHA_DEFAULT), "13800000000", receipt.toString().getBytes(
                        StandardCharsets.ISO_8859_1));
    }

    void reply(String from, String text) throws Exception {
        deliver(new ESMClass(), new GeneralDataCoding(Alphabet.ALPHA_UCS2), from,
                text.getBytes(StandardCharsets.UTF_16BE));
    }

    private void deliver(ESMClass esm, DataCoding coding, String from, byte[] body) throws Exception {
        sessions.get(sessions.size() - 1).deliverShortMessage("", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, from, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "95588",
                esm, (byte) 0, (byte) 0, new RegisteredDelivery(0), coding, body);
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) {
        received.add(submitSm);
        try {
            return new SubmitSmResult(new MessageId(Integer.toHexString(ids.incrementAndGet())),
                    new OptionalParameter[0]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti s, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public void onAcceptCancelSm(CancelSm c, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 3);
    }

    @Override
    public void close() throws IOException {
        down();
    }

    /** Binds 127.0.0.1 only (jSMPP's own factory binds every interface), with SO_REUSEADDR for a restart. */
    private static final class Loopback implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) throws IOException {
            return listen(port, 0, 50);
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            return listen(port, timeout, 50);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
            socket.setSoTimeout(timeout);
            return new ServerSocketConnection(socket);
        }
    }
}
