package org.wealthcrm.etl.generator;

/** The whole simulated bank: organisation, staff, shelves, customers, accounts and positions. */
final class Bank {

    final GeneratorOptions options;
    final BusinessCalendar calendar;
    final Organisation organisation;
    final StaffRoster staff;
    final WealthShelf wealth;
    final FundShelf funds;
    final Customers customers;
    final Accounts accounts;
    final Portfolio portfolio;

    private Bank(GeneratorOptions options) {
        this.options = options;
        Rng rng = new Rng(0).reseed(options.seed(), 0, 0);
        calendar = new BusinessCalendar(options.from(), options.to());
        organisation = new Organisation(options.customers());
        staff = new StaffRoster(organisation, options.customers(), rng);
        wealth = new WealthShelf(calendar.size(), rng);
        funds = new FundShelf(calendar, rng);
        customers = new Customers(options.customers());
        accounts = new Accounts(options.customers());
        portfolio = new Portfolio(options.customers());
    }

    static Bank create(GeneratorOptions options, Progress progress) {
        Bank bank = new Bank(options);
        new Population(bank).populate(progress);
        return bank;
    }

    long seed() {
        return options.seed();
    }
}
