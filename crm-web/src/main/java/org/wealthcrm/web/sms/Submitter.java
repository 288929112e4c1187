package org.wealthcrm.web.sms;

/** Hands one part of a message to the SMSC and answers the SMSC's message id (SMPP submit_sm / submit_sm_resp). */
interface Submitter {

    String submit(String mobile, Segmentation segmentation, int index, int reference) throws Exception;
}
