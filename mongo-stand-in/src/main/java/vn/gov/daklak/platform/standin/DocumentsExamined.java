package vn.gov.daklak.platform.standin;

/** How many documents a stand-in collection has matched a filter against since it was opened. */
public interface DocumentsExamined {

    long documentsExamined();
}
