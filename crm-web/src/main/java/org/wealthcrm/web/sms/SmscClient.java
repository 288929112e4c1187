package org.wealthcrm.web.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * The SMPP (v3.4, transceiver) session to the operator's SMSC, via jSMPP: binds on first use and again after the
 * link broke; submits parts with UDH (esm_class UDHI) and a delivery receipt requested; hands deliver_sm (receipts
 * and customer replies) to {@link SmsInbound}. A deliver_sm that cannot be matched yet is answered negatively, so
 * the SMSC delivers it again later.
 */
class SmscClient implements Submitter, MessageReceiverListener, AutoCloseable {

    private static final int UDHI = 0x40;

    private final SmsSettings.Smsc smsc;
    private final SmsInbound inbound;
    private SMPPSession session;

    SmscClient(SmsSettings.Smsc smsc, SmsInbound inbound) {
        this.smsc = smsc;
        this.inbound = inbound;
    }

    @Override
    public synchronized String submit(String mobile, Segmentation segmentation, int index, int reference)
            throws Exception {
        boolean concatenated = segmentation.parts().size() > 1;
        Alphabet alphabet = segmentation.encoding() == Segmentation.Encoding.GSM7
                ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2;
        return bound().submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                smsc.sourceAddr(), TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, mobile,
                new ESMClass(concatenated ? UDHI : 0), (byte) 0, (byte) 1, null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                new GeneralDataCoding(alphabet), (byte) 0,
                SmsSegmenter.payload(segmentation, index, reference)).getMessageId();
    }

    private SMPPSession bound() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        if (session != null) {
            session.close();
        }
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(10_000);
        fresh.setMessageReceiverListener(this);
        fresh.connectAndBind(smsc.host(), smsc.port(), new BindParameter(BindType.BIND_TRX, smsc.systemId(),
                smsc.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
        session = fresh;
        return fresh;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            boolean handled;
            if (deliverSm.isSmscDeliveryReceipt()) {
                var receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                handled = inbound.receipt(receipt.getId(), receipt.getFinalStatus().name());
            } else {
                handled = inbound.reply(deliverSm.getSourceAddr(), text(deliverSm));
            }
            if (!handled) {
                throw new ProcessRequestException("not matched yet", 0x08);
            }
        } catch (ProcessRequestException e) {
            throw e;
        } catch (Exception e) {
            throw new ProcessRequestException(e.getMessage(), 0x08, e);
        }
    }

    static String text(DeliverSm deliverSm) {
        byte[] bytes = deliverSm.getShortMessage();
        return (deliverSm.getDataCoding() & 0x0F) == 0x08
                ? new String(bytes, StandardCharsets.UTF_16BE) : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm not supported", 0x03);
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            if (session.getSessionState().isBound()) {
                session.unbindAndClose();
            } else {
                session.close();
            }
            session = null;
        }
    }
}
